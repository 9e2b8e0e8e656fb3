package cn.summerhotline.review.workflow.application;

import cn.summerhotline.platform.idempotency.RepeatableActions;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.review.workflow.model.ReviewItem;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Takes a reviewer's action on an item the caller may see, with optimistic concurrency: when someone changed the
 * item in between, the action is taken again on the fresh state, so its rules are always checked against what
 * is stored. With an {@code Idempotency-Key}, the same request again answers the item as it now stands.
 */
@Component
public class ReviewActions {

    private static final int ATTEMPTS = 5;

    private final ReviewItems items;
    private final FindReviews find;
    private final RepeatableActions repeatable;
    private final Clock clock;

    public ReviewActions(ReviewItems items, FindReviews find, RepeatableActions repeatable, Clock clock) {
        this.items = items;
        this.find = find;
        this.repeatable = repeatable;
        this.clock = clock;
    }

    public RepeatableActions.Outcome<ReviewItem> take(Caller caller, ReviewCommand command, String idempotencyKey) {
        command.checkRole(caller);
        return repeatable.run(
                caller.subject(),
                idempotencyKey,
                command.describe(),
                () -> take(caller, command),
                ReviewItem::id,
                id -> find.get(caller, id));
    }

    private ReviewItem take(Caller caller, ReviewCommand command) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            ReviewItem item = find.get(caller, command.id());
            command.takeOn(item, ReviewAccess.actor(caller), clock.instant());
            Optional<ReviewItem> stored = items.update(item);
            if (stored.isPresent()) {
                return stored.get();
            }
        }
        throw new ConcurrentReviewUpdate(command.id());
    }
}
