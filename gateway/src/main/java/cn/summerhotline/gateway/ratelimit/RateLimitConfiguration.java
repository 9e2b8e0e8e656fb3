package cn.summerhotline.gateway.ratelimit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    PublicRateLimiter publicRateLimiter(RateLimitProperties properties) {
        return new PublicRateLimiter(properties);
    }
}
