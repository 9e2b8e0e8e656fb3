package cn.summerhotline.complaint.application;

import cn.summerhotline.complaint.model.Complaint;
import org.springframework.stereotype.Component;

/**
 * A citizen looks up their complaint by its tracking number (public; the view carries no personal data). A
 * number whose check character does not fit is answered 404 without asking the store.
 */
@Component
public class TrackComplaint {

    private final Complaints complaints;

    public TrackComplaint(Complaints complaints) {
        this.complaints = complaints;
    }

    public Complaint track(String trackingNumber) {
        return TrackingNumbers.parse(trackingNumber)
                .flatMap(complaints::byTrackingNumber)
                .orElseThrow(() -> new ComplaintNotFound(trackingNumber));
    }
}
