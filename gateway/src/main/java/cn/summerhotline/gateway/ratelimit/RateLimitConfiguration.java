package cn.summerhotline.gateway.ratelimit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    ClientAddresses clientAddresses(RateLimitProperties properties) {
        return new ClientAddresses(properties.trustedProxies());
    }

    @Bean
    PublicRateLimiter publicRateLimiter(RateLimitProperties properties, ClientAddresses clients) {
        return new PublicRateLimiter(properties, clients);
    }
}
