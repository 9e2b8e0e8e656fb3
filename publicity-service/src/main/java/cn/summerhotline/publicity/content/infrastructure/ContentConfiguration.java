package cn.summerhotline.publicity.content.infrastructure;

import cn.summerhotline.platform.idempotency.IdempotencyKeys;
import cn.summerhotline.platform.idempotency.MongoIdempotencyKeys;
import cn.summerhotline.platform.idempotency.RepeatableActions;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/** Idempotency-Key for the POSTs district systems and admins repeat: the record a key made is kept as {@code recordId}. */
@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

    @Bean
    MongoIdempotencyKeys idempotencyKeys(MongoOperations mongo, Clock clock) {
        return new MongoIdempotencyKeys(mongo, clock, "recordId");
    }

    @Bean
    RepeatableActions repeatableActions(IdempotencyKeys keys) {
        return new RepeatableActions(keys);
    }
}
