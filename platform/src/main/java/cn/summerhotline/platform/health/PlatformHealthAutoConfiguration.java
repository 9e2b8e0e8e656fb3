package cn.summerhotline.platform.health;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The store's health as a {@code store} indicator, part of the readiness group (see summer-platform.yml). */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
public class PlatformHealthAutoConfiguration {

    @Bean
    StoreHealthIndicator storeHealthIndicator(MongoTemplate mongo) {
        return new StoreHealthIndicator(mongo);
    }
}
