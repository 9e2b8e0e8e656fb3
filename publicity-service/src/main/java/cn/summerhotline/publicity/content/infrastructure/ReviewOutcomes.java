package cn.summerhotline.publicity.content.infrastructure;

import cn.summerhotline.platform.events.EventSubscription;
import cn.summerhotline.publicity.content.application.ApplyReviewOutcome;
import cn.summerhotline.publicity.content.model.Content;
import cn.summerhotline.publicity.content.model.ReviewLevel;
import cn.summerhotline.publicity.content.model.ReviewOutcome;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * review-service's decisions about this service's content (queue {@code publicity-service.review-outcomes}, bound
 * to {@code review.published.*}, {@code review.rejected.*}, {@code review.takendown.*} and {@code
 * review.hidden.*}; schemas {@code contracts/schemas/review-<name>.v1.schema.json}). Events of other owners' items
 * ({@code source} not publicity-service) are acknowledged and left alone.
 */
@Configuration(proxyBeanMethods = false)
class ReviewOutcomes {

    static final String QUEUE = "publicity-service.review-outcomes";
    private static final Logger log = LoggerFactory.getLogger(ReviewOutcomes.class);

    /** This service's own copy of the four events' data: the union of their fields. */
    record ReviewDecision(
            String reviewId,
            String source,
            String contentId,
            Integer contentVersion,
            String contentKind,
            String unit,
            String squad,
            ReviewLevel level,
            String reason,
            Boolean automatic,
            String kind,
            String cause,
            Integer reports,
            OffsetDateTime at) {}

    @Bean
    EventSubscription reviewDecisions(ApplyReviewOutcome apply) {
        return EventSubscription.queue(QUEUE)
                .bind("review.published.*", "review.rejected.*", "review.takendown.*", "review.hidden.*")
                .handle(ReviewDecision.class, (event, data) -> {
                    if (!Content.SOURCE.equals(data.source()) || data.contentId() == null) {
                        return;
                    }
                    ReviewOutcome.Kind kind = kindOf(event.type());
                    if (kind == null) {
                        return;
                    }
                    Instant at = data.at() == null ? Instant.now() : data.at().toInstant();
                    ReviewOutcome outcome = new ReviewOutcome(
                            kind,
                            event.id(),
                            data.contentVersion() == null ? 1 : data.contentVersion(),
                            data.level(),
                            data.reason(),
                            at);
                    if (!apply.apply(data.contentId(), outcome)) {
                        log.warn("review event {} names content {} unknown here", event.id(), data.contentId());
                    }
                });
    }

    static ReviewOutcome.Kind kindOf(String type) {
        return switch (type) {
            case "summerhotline.review.published.v1" -> ReviewOutcome.Kind.PUBLISHED;
            case "summerhotline.review.rejected.v1" -> ReviewOutcome.Kind.REJECTED;
            case "summerhotline.review.takendown.v1" -> ReviewOutcome.Kind.TAKEN_DOWN;
            case "summerhotline.review.hidden.v1" -> ReviewOutcome.Kind.HIDDEN;
            default -> null;
        };
    }
}
