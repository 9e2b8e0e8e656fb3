package cn.summerhotline.complaint.application;

import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.platform.web.ApiProblem;
import org.springframework.stereotype.Component;

/** A citizen looks up their complaint by its tracking number (public; the view carries no personal data). */
@Component
public class TrackComplaint {

    private final Complaints complaints;

    public TrackComplaint(Complaints complaints) {
        this.complaints = complaints;
    }

    public Complaint track(String trackingNumber) {
        return complaints
                .byTrackingNumber(TrackingNumbers.normalise(trackingNumber))
                .orElseThrow(() -> ApiProblem.notFound("Complaint", trackingNumber));
    }
}
