package cn.summerhotline.openday.plan.infrastructure;

import cn.summerhotline.openday.plan.application.PlanKeys;
import cn.summerhotline.platform.idempotency.MongoIdempotencyKeys;
import cn.summerhotline.platform.idempotency.RepeatableActions;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

@Configuration(proxyBeanMethods = false)
class PlanConfiguration {

    /** A key's plan is stored under {@code planId} in the service's {@code idempotencyKeys}. */
    @Bean
    PlanKeys planKeys(MongoOperations mongo, Clock clock) {
        return new PlanKeys(new RepeatableActions(new MongoIdempotencyKeys(mongo, clock, "planId")));
    }
}
