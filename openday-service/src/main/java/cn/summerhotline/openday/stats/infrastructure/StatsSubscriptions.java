package cn.summerhotline.openday.stats.infrastructure;

import cn.summerhotline.openday.stats.application.CountEvent;
import cn.summerhotline.openday.stats.model.Metric;
import cn.summerhotline.platform.events.EventSubscription;
import cn.summerhotline.platform.events.ReceivedEvent;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The events the statistics count, each mapped onto the consumer's own record of the fields it reads: this
 * service's quiz attempts and stories, part 1's registrations and check-ins ({@code registration.*}), and
 * publicity-service's media coverage ({@code coverage.recorded.*}). The unit is the routing key's last segment.
 */
@Configuration(proxyBeanMethods = false)
class StatsSubscriptions {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @JsonIgnoreProperties(ignoreUnknown = true)
    record QuizAttempted(int year) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ContentSubmitted(String kind) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Registered(Integer partySize, String at) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CoverageRecorded(int year, String unit, long readers, long views) {}

    @Bean
    EventSubscription statsOfTheCloud(CountEvent count) {
        return EventSubscription.queue("openday-service.stats-quiz-attempts")
                .bind("openday.quiz.attempted.*")
                .handle(
                        QuizAttempted.class,
                        (event, data) ->
                                count.count(event.id(), data.year(), unit(event), Metric.QUIZ_ATTEMPTS, 1, null, 0));
    }

    @Bean
    EventSubscription statsOfTheStories(CountEvent count) {
        return EventSubscription.queue("openday-service.stats-stories")
                .bind("openday.content.submitted.*")
                .handle(ContentSubmitted.class, (event, data) -> {
                    if ("STORY".equals(data.kind())) {
                        count.count(event.id(), year(event.time()), unit(event), Metric.STORIES, 1, null, 0);
                    }
                });
    }

    @Bean
    EventSubscription statsOfTheVenues(CountEvent count) {
        return EventSubscription.queue("openday-service.stats-registrations")
                .bind("registration.confirmed.*", "registration.promoted.*", "registration.checked-in.*")
                .handle(Registered.class, (event, data) -> {
                    Metric metric = event.routingKey().startsWith("registration.checked-in.")
                            ? Metric.CHECK_INS
                            : Metric.REGISTRATIONS;
                    long people = data.partySize() == null ? 1 : data.partySize();
                    int year = data.at() == null ? year(event.time()) : year(OffsetDateTime.parse(data.at()));
                    count.count(event.id(), year, unit(event), metric, people, null, 0);
                });
    }

    @Bean
    EventSubscription statsOfTheMedia(CountEvent count) {
        return EventSubscription.queue("openday-service.stats-coverage")
                .bind("coverage.recorded.*")
                .handle(
                        CoverageRecorded.class,
                        (event, data) -> count.count(
                                event.id(),
                                data.year(),
                                data.unit() == null ? unit(event) : data.unit(),
                                Metric.MEDIA_REPORTS,
                                1,
                                Metric.MEDIA_EXPOSURE,
                                data.readers() + data.views()));
    }

    private static String unit(ReceivedEvent event) {
        String key = event.routingKey();
        return key.substring(key.lastIndexOf('.') + 1);
    }

    private static int year(OffsetDateTime time) {
        return time == null
                ? OffsetDateTime.now(SHANGHAI).getYear()
                : time.atZoneSameInstant(SHANGHAI).getYear();
    }
}
