package cn.summerhotline.openday.cloud.infrastructure;

import cn.summerhotline.openday.cloud.application.ApplyReviewOutcome;
import cn.summerhotline.openday.cloud.model.ReviewOutcome;
import cn.summerhotline.platform.events.EventSubscription;
import cn.summerhotline.platform.time.AdjustableClock;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CloudConfiguration {

    /** The queue of review-service's outcomes for openday-service's items (stories keep a queue of their own). */
    static final String REVIEW_QUEUE = "openday-service.cloud-item-reviews";

    /** The part of a review event's data an item needs (contracts/schemas/review-*.v1): the consumer's own copy. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReviewedContent(String source, String contentId, int contentVersion) {}

    /** The service's clock, which tests move to pass from one phase to the next. */
    @Bean
    @ConditionalOnMissingBean(Clock.class)
    AdjustableClock clock() {
        return new AdjustableClock(Clock.systemUTC());
    }

    @Bean
    EventSubscription cloudItemReviews(ApplyReviewOutcome outcomes) {
        return EventSubscription.queue(REVIEW_QUEUE)
                .bind("review.published.*", "review.rejected.*", "review.takendown.*", "review.hidden.*")
                .handle(ReviewedContent.class, (event, data) -> {
                    ReviewOutcome outcome =
                            ReviewOutcome.ofEvent(event.routingKey().split("\\.")[1]);
                    // Only openday-service's own items: review-service reviews every owner's content.
                    if (outcome != null
                            && ContentEvents.SOURCE.equals(data.source())
                            && data.contentId() != null
                            && data.contentId().startsWith("item-")) {
                        outcomes.apply(data.contentId(), event.id(), data.contentVersion(), outcome);
                    }
                });
    }
}
