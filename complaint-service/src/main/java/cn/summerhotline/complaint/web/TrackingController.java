package cn.summerhotline.complaint.web;

import cn.summerhotline.complaint.application.RateAnswer;
import cn.summerhotline.complaint.application.TrackComplaint;
import cn.summerhotline.complaint.web.ComplaintViews.TrackView;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The citizen's side, without an account: follow the case by its tracking number and rate the answer. */
@RestController
@RequestMapping("/api/v1/complaints/track/{trackingNumber}")
class TrackingController {

    private final TrackComplaint track;
    private final RateAnswer rate;

    TrackingController(TrackComplaint track, RateAnswer rate) {
        this.track = track;
        this.rate = rate;
    }

    @GetMapping
    TrackView track(@PathVariable String trackingNumber) {
        return ComplaintViews.track(track.track(trackingNumber));
    }

    @PostMapping("/rating")
    TrackView rate(@PathVariable String trackingNumber, @Valid @RequestBody ComplaintRequests.RatingBody body) {
        return ComplaintViews.track(rate.rate(trackingNumber, body.ratingCode(), body.score(), body.comment()));
    }
}
