package cn.summerhotline.platform.clients;

import feign.Capability;
import feign.RequestInterceptor;
import feign.codec.ErrorDecoder;
import java.util.Optional;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.openfeign.CircuitBreakerNameResolver;
import org.springframework.cloud.openfeign.FeignAutoConfiguration;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * One convention for every Feign client of a service, with no code per client: timeouts and a circuit breaker
 * from summer-clients.yml, the caller's token, request id and language passed on ({@link CallerPropagation}),
 * the callee's problems decoded ({@link ProblemErrorDecoder}) and every failure answered as what is missing
 * ({@link UnavailableFallback}). Feign picks these beans up for each client from the application's context.
 */
@AutoConfiguration(before = FeignAutoConfiguration.class)
@EnableConfigurationProperties(ClientProperties.class)
public class ClientsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ServiceToken serviceToken(ClientProperties properties) {
        Optional<String> token = Optional.ofNullable(properties.serviceToken()).filter(value -> !value.isBlank());
        return () -> token;
    }

    @Bean
    RequestInterceptor callerPropagation(ServiceToken serviceToken) {
        return new CallerPropagation(serviceToken);
    }

    @Bean
    @ConditionalOnMissingBean
    ErrorDecoder problemErrorDecoder(JsonMapper json) {
        return new ProblemErrorDecoder(json);
    }

    @Bean
    Capability unavailableFallback(ClientProperties properties) {
        return new UnavailableFallback(properties.retryAfter());
    }

    /**
     * Breakers named {@code <client>.<method>} (e.g. {@code complaint-service.stats}) in metrics and logs, rather
     * than Feign's {@code Figures#stats()}: one per operation, so that one broken endpoint does not cut the
     * others, and configured per service as a group ({@code resilience4j.circuitbreaker.configs.<client>}).
     */
    @Bean
    @ConditionalOnMissingBean
    CircuitBreakerNameResolver circuitBreakerNameResolver() {
        return (client, target, method) -> client + "." + method.getName();
    }
}
