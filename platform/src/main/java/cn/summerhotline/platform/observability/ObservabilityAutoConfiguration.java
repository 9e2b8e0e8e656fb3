package cn.summerhotline.platform.observability;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What operations teams read off a running service: one access-log line per request and, beside Boot's HTTP,
 * JVM and broker metrics at {@code /actuator/prometheus} (see {@link cn.summerhotline.platform.security.MetricsEndpointAccess} for who may read
 * them), the state of any Resilience4j circuit breaker. The event backbone adds its outbox and dead-letter
 * gauges itself.
 */
@AutoConfiguration
@EnableConfigurationProperties(AccessLogProperties.class)
public class ObservabilityAutoConfiguration {

    @Bean
    FilterRegistrationBean<AccessLogFilter> accessLogFilter(AccessLogProperties properties) {
        // Right after the request id filter (first), before the request limits and security, so that
        // every refusal is logged with its request id.
        FilterRegistrationBean<AccessLogFilter> registration =
                new FilterRegistrationBean<>(new AccessLogFilter(properties.quietPaths()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<AccessLogSubject> accessLogSubject() {
        // After security has authenticated the request.
        FilterRegistrationBean<AccessLogSubject> registration = new FilterRegistrationBean<>(new AccessLogSubject());
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    /**
     * Spring Cloud's Resilience4j starter binds its breakers' metrics itself (this module brings the binding
     * library it looks for); a service with breakers of its own but without that starter gets them here.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({CircuitBreakerRegistry.class, TaggedCircuitBreakerMetrics.class})
    @ConditionalOnMissingClass("org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JAutoConfiguration")
    static class CircuitBreakerMetrics {

        @Bean
        @ConditionalOnBean(CircuitBreakerRegistry.class)
        MeterBinder circuitBreakerMetrics(CircuitBreakerRegistry breakers) {
            return TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers);
        }
    }
}
