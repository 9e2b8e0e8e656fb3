package cn.summerhotline.review.workflow.application;

import cn.summerhotline.platform.idempotency.RepeatableActions;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.review.screening.application.Screening;
import cn.summerhotline.review.screening.model.Screened;
import cn.summerhotline.review.workflow.model.Content;
import cn.summerhotline.review.workflow.model.ReviewItem;
import cn.summerhotline.review.workflow.model.Submission;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Hands content in for review: staff and district systems through the API, owner services by their {@code
 * content.submitted} events. New content becomes an item; a new version of known content revises or resubmits
 * its item; a version the item holds already changes nothing. Every new version is pre-screened before the
 * first reviewer sees it.
 */
@Component
public class SubmitForReview {

    private static final int ATTEMPTS = 5;

    private final ReviewItems items;
    private final Screening screening;
    private final RepeatableActions repeatable;
    private final FindReviews find;
    private final Clock clock;

    public SubmitForReview(
            ReviewItems items, Screening screening, RepeatableActions repeatable, FindReviews find, Clock clock) {
        this.items = items;
        this.screening = screening;
        this.repeatable = repeatable;
        this.find = find;
        this.clock = clock;
    }

    /**
     * The item as stored; {@code created} when this submission made it, {@code replayed} when an earlier request
     * with the same {@code Idempotency-Key} did the work.
     */
    public record Submitted(ReviewItem item, boolean created, boolean replayed) {}

    /** What staff hand in through the API: the content and where it comes from (null: the caller's own). */
    public record Handed(String source, String contentId, Content content, String unit, String squad) {}

    public Submitted submit(Caller caller, Handed handed, String idempotencyKey) {
        Submission submission = new Submission(
                handed.source(),
                handed.contentId(),
                null,
                handed.content(),
                ReviewAccess.origin(caller, handed.unit(), handed.squad()),
                ReviewAccess.actor(caller),
                null);
        RepeatableActions.Outcome<Submitted> outcome = repeatable.run(
                caller.subject(),
                idempotencyKey,
                "submit " + submission,
                () -> take(submission),
                done -> done.item().id(),
                id -> new Submitted(find.get(caller, id), false, true));
        return new Submitted(outcome.result().item(), outcome.result().created(), outcome.replayed());
    }

    /** An owner's submission event: applied once however often it is delivered (its id is kept with the version). */
    public ReviewItem fromEvent(Submission submission) {
        return take(submission).item();
    }

    private Submitted take(Submission submission) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<ReviewItem> known = items.byContent(submission.source(), submission.contentId());
            if (known.isEmpty()) {
                ReviewItem item = ReviewItem.submit(
                        UUID.randomUUID().toString(), submission, screen(submission.content()), clock.instant());
                if (items.add(item)) {
                    return new Submitted(ReviewItem.restore(item.snapshot()), true, false);
                }
                // Another delivery or request created it meanwhile: this one is a version of that item.
                continue;
            }
            ReviewItem item = known.get();
            if (!item.revise(submission, () -> screen(submission.content()), clock.instant())) {
                return new Submitted(item, false, false);
            }
            Optional<ReviewItem> stored = items.update(item);
            if (stored.isPresent()) {
                return new Submitted(stored.get(), false, false);
            }
        }
        throw new ConcurrentReviewUpdate(submission.source() + "/" + submission.contentId());
    }

    private Screened screen(Content content) {
        return screening.screen(content.screenedText());
    }
}
