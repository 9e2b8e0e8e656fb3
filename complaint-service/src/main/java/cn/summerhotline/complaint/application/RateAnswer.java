package cn.summerhotline.complaint.application;

import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.platform.web.ApiProblem;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The citizen rates the answer, by tracking number and without an account; two stars or fewer reopen it. */
@Component
public class RateAnswer {

    private static final int ATTEMPTS = 5;

    private final Complaints complaints;
    private final ComplaintChanges changes;

    public RateAnswer(Complaints complaints, ComplaintChanges changes) {
        this.complaints = complaints;
        this.changes = changes;
    }

    public Complaint rate(String trackingNumber, int score, String comment) {
        for (int attempt = 1; ; attempt++) {
            Complaint complaint = complaints
                    .byTrackingNumber(TrackingNumbers.normalise(trackingNumber))
                    .orElseThrow(() -> ApiProblem.notFound("Complaint", trackingNumber));
            Optional<Complaint> stored = changes.apply(complaint, (c, now) -> c.rate(score, comment, now));
            if (stored.isPresent() || attempt == ATTEMPTS) {
                return stored.orElseThrow(() -> ApiProblem.conflict(
                        cn.summerhotline.platform.web.Problems.type("concurrent-update"),
                        "complaint.concurrent-update"));
            }
        }
    }
}
