package cn.summerhotline.complaint.model;

import java.time.Instant;

/**
 * The events a {@link Complaint} announces, each built from the complaint as the change left it. Their payloads
 * are the contract of {@code contracts/schemas/complaint-*.v1.schema.json}: kept here apart from the rules that
 * decide when they happen, so that an action cannot send a field the others spell differently.
 */
final class ComplaintEvents {

    private ComplaintEvents() {}

    static ComplaintEvent.Received received(Complaint c, Instant now) {
        Intake intake = c.intake();
        return new ComplaintEvent.Received(
                c.id(),
                c.trackingNumber(),
                intake.category(),
                intake.channel(),
                intake.district(),
                c.followed(),
                c.deadline().dueAt(),
                now);
    }

    static ComplaintEvent.Assigned assigned(Complaint c, Instant now) {
        Routing to = c.routing();
        return new ComplaintEvent.Assigned(
                c.id(),
                c.trackingNumber(),
                c.intake().category(),
                to.district(),
                to.squad(),
                c.deadline().dueAt(),
                now);
    }

    static ComplaintEvent.Accepted accepted(Complaint c, Instant now) {
        Routing by = c.routing();
        return new ComplaintEvent.Accepted(
                c.id(),
                c.trackingNumber(),
                c.intake().category(),
                by.district(),
                by.squad(),
                c.deadline().dueAt(),
                now);
    }

    static ComplaintEvent.Resolved resolved(Complaint c, Instant now) {
        return new ComplaintEvent.Resolved(
                c.id(),
                c.trackingNumber(),
                c.intake().category(),
                c.routing().district(),
                c.resolution().summary(),
                c.deadline().handledOnTime(),
                now);
    }

    /** Of the latest answer: the case's own, or the one passed on from the case it was merged into. */
    static ComplaintEvent.Replied replied(Complaint c, Instant now) {
        Reply reply = c.answers().latest();
        return new ComplaintEvent.Replied(
                c.id(), c.trackingNumber(), c.routing().district(), reply.channel(), reply.fromCase(), now);
    }

    static ComplaintEvent.Closed closed(Complaint c, Instant now) {
        return new ComplaintEvent.Closed(c.id(), c.trackingNumber(), c.routing().district(), now);
    }

    static ComplaintEvent.Reopened reopened(Complaint c, String reason, Instant now) {
        return new ComplaintEvent.Reopened(
                c.id(),
                c.trackingNumber(),
                c.routing().district(),
                reason,
                c.deadline().dueAt(),
                now);
    }

    static ComplaintEvent.WentOverdue wentOverdue(Complaint c, Instant now) {
        return new ComplaintEvent.WentOverdue(
                c.id(),
                c.trackingNumber(),
                c.intake().category(),
                c.routing().district(),
                c.status(),
                c.deadline().dueAt(),
                now);
    }

    /** Of the latest rating; {@code reopened} when it reopens the case. */
    static ComplaintEvent.Rated rated(Complaint c, boolean reopened, Instant now) {
        return new ComplaintEvent.Rated(
                c.id(),
                c.trackingNumber(),
                c.routing().district(),
                c.answers().latestRating().score(),
                reopened,
                now);
    }
}
