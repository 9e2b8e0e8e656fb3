package cn.summerhotline.openday.cloud.infrastructure;

import cn.summerhotline.openday.cloud.application.ApplyReviewOutcome;
import cn.summerhotline.openday.cloud.application.KeyedHash;
import cn.summerhotline.openday.cloud.model.ReviewOutcome;
import cn.summerhotline.platform.events.EventSubscription;
import cn.summerhotline.platform.security.JwtProperties;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CloudConfiguration {

    /** The queue of review-service's outcomes for openday-service's items (stories keep a queue of their own). */
    static final String REVIEW_QUEUE = "openday-service.cloud-item-reviews";

    /** The part of a review event's data an item needs (contracts/schemas/review-*.v1): the consumer's own copy. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReviewedContent(String source, String contentId, int contentVersion) {}

    /**
     * The key of the phones, tokens and addresses the cloud open day keeps only hashed: {@code
     * summer.openday.cloud.hash-key} (at least 32 bytes, the same on every replica), else derived from the HS256
     * token secret.
     */
    @Bean
    KeyedHash keyedHash(@Value("${summer.openday.cloud.hash-key:}") String key, JwtProperties jwt) {
        if (!key.isBlank()) {
            return new KeyedHash(key.getBytes(StandardCharsets.UTF_8));
        }
        if (jwt.secret() == null || jwt.secret().isBlank()) {
            throw new IllegalStateException("Set SUMMER_CLOUD_HASH_KEY (summer.openday.cloud.hash-key, at least 32"
                    + " bytes, the same on every replica); without it the key is derived from SUMMER_JWT_SECRET,"
                    + " which is not set either.");
        }
        byte[] secret = jwt.secret().getBytes(StandardCharsets.UTF_8);
        String derived = new KeyedHash(secret.length >= 32 ? secret : java.util.Arrays.copyOf(secret, 32))
                .of("summer.openday.cloud.hash-key", "derived");
        return new KeyedHash(derived.getBytes(StandardCharsets.UTF_8));
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
