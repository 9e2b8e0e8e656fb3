package cn.summerhotline.openday.story.infrastructure;

import cn.summerhotline.openday.cloud.infrastructure.ContentEvents;
import cn.summerhotline.openday.cloud.model.ReviewOutcome;
import cn.summerhotline.openday.story.application.Stories;
import cn.summerhotline.openday.story.application.StoryAllowance;
import cn.summerhotline.platform.events.EventSubscription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

@Configuration(proxyBeanMethods = false)
class StoryConfiguration {

    /** The part of a review event's data a story needs (contracts/schemas/review-*.v1): the consumer's own copy. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReviewedStory(String source, String contentId, int contentVersion) {}

    /** Each client's stories per window (default 5 an hour): a citizen tells a story, a script floods. */
    @Bean
    StoryAllowance storyAllowance(
            MongoOperations mongo,
            Clock clock,
            @Value("${summer.openday.stories.per-client:5}") int perClient,
            @Value("${summer.openday.stories.per-client-window:1h}") Duration window) {
        return new MongoStoryAllowance(mongo, clock, perClient, window);
    }

    @Bean
    EventSubscription storyReviews(Stories stories) {
        return EventSubscription.queue("openday-service.story-reviews")
                .bind("review.published.*", "review.rejected.*", "review.takendown.*", "review.hidden.*")
                .handle(ReviewedStory.class, (event, data) -> {
                    ReviewOutcome outcome =
                            ReviewOutcome.ofEvent(event.routingKey().split("\\.")[1]);
                    if (outcome != null
                            && ContentEvents.SOURCE.equals(data.source())
                            && data.contentId() != null
                            && data.contentId().startsWith("story-")) {
                        stories.apply(data.contentId(), event.id(), data.contentVersion(), outcome);
                    }
                });
    }
}
