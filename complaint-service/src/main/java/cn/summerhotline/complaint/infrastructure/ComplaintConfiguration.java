package cn.summerhotline.complaint.infrastructure;

import cn.summerhotline.complaint.application.HandlingTimes;
import cn.summerhotline.complaint.model.Category;
import cn.summerhotline.platform.idempotency.IdempotencyKeys;
import cn.summerhotline.platform.idempotency.MongoIdempotencyKeys;
import cn.summerhotline.platform.idempotency.RepeatableActions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(ComplaintConfiguration.ComplaintProperties.class)
class ComplaintConfiguration {

    /**
     * @param handlingTimes the campaign's handling deadline per category, e.g. {@code NIGHT_CONSTRUCTION_NOISE:
     *     12h}; categories not named keep their default
     * @param overdueScanInterval how often complaints past their deadline are looked for
     */
    @ConfigurationProperties("summer.complaints")
    record ComplaintProperties(Map<Category, Duration> handlingTimes, Duration overdueScanInterval) {}

    /** The complaint a key created or changed is stored under {@code complaintId}, as it always was. */
    @Bean
    MongoIdempotencyKeys idempotencyKeys(MongoOperations mongo, Clock clock) {
        return new MongoIdempotencyKeys(mongo, clock, "complaintId");
    }

    @Bean
    RepeatableActions repeatableActions(IdempotencyKeys keys) {
        return new RepeatableActions(keys);
    }

    @Bean
    HandlingTimes handlingTimes(ComplaintProperties properties) {
        return new HandlingTimes(properties.handlingTimes());
    }

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return new MongoCustomConversions(List.of(new DurationToString(), new StringToDuration()));
    }

    @WritingConverter
    static final class DurationToString implements Converter<Duration, String> {
        @Override
        public String convert(Duration source) {
            return source.toString();
        }
    }

    @ReadingConverter
    static final class StringToDuration implements Converter<String, Duration> {
        @Override
        public Duration convert(String source) {
            return Duration.parse(source);
        }
    }
}
