package cn.summerhotline.review.workflow.infrastructure;

import cn.summerhotline.platform.idempotency.IdempotencyKeys;
import cn.summerhotline.platform.idempotency.MongoIdempotencyKeys;
import cn.summerhotline.platform.idempotency.RepeatableActions;
import cn.summerhotline.review.workflow.application.ReviewDeadlines;
import cn.summerhotline.review.workflow.model.ReviewLevel;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReviewConfiguration.ReviewProperties.class)
class ReviewConfiguration {

    /** @param deadlines how long an item may wait at each level, e.g. {@code SQUAD: 24h} */
    @ConfigurationProperties("summer.reviews")
    record ReviewProperties(Map<ReviewLevel, Duration> deadlines) {}

    @Bean
    ReviewDeadlines reviewDeadlines(ReviewProperties properties) {
        return new ReviewDeadlines(properties.deadlines());
    }

    /** The item a key created or changed is stored under {@code reviewId}. */
    @Bean
    MongoIdempotencyKeys idempotencyKeys(MongoOperations mongo, Clock clock) {
        return new MongoIdempotencyKeys(mongo, clock, "reviewId");
    }

    @Bean
    RepeatableActions repeatableActions(IdempotencyKeys keys) {
        return new RepeatableActions(keys);
    }
}
