package cn.summerhotline.review.workflow.model;

import java.time.Instant;

/** The events of an item's changes, each naming the content (owner, id, the version concerned) and its origin. */
final class ReviewEvents {

    private ReviewEvents() {}

    static ReviewEvent.Published published(ReviewItem item, Instant at) {
        ContentVersion shown = item.current();
        Origin origin = item.origin();
        return new ReviewEvent.Published(
                item.id(),
                item.source(),
                item.contentId(),
                shown.number(),
                shown.content().kind(),
                origin.unit(),
                origin.squad(),
                at);
    }

    static ReviewEvent.Rejected rejected(ReviewItem item, String reason, boolean automatic, Instant at) {
        ContentVersion rejected = item.current();
        Origin origin = item.origin();
        return new ReviewEvent.Rejected(
                item.id(),
                item.source(),
                item.contentId(),
                rejected.number(),
                rejected.content().kind(),
                origin.unit(),
                origin.squad(),
                item.level(),
                reason,
                automatic,
                at);
    }

    static ReviewEvent.TakenDown takenDown(
            ReviewItem item, TakedownKind kind, ReviewLevel by, String reason, Instant at) {
        ContentVersion shown = item.current();
        Origin origin = item.origin();
        return new ReviewEvent.TakenDown(
                item.id(),
                item.source(),
                item.contentId(),
                shown.number(),
                shown.content().kind(),
                origin.unit(),
                origin.squad(),
                kind,
                by,
                reason,
                at);
    }
}
