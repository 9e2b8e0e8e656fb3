package cn.summerhotline.gateway.routing;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.config.HttpClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The timeout of every route, on the HTTP client's connection: Netty's read timeout runs on the
 * connection's own event loop. The gateway's {@code response-timeout} property and Resilience4j's time
 * limiter both use a Reactor {@code timeout}, which puts a timer task on the parallel scheduler for every
 * request (measured: a scheduler hop per request). A route whose service stays silent this long fails,
 * its circuit breaker counts the failure and answers 503.
 */
@Configuration(proxyBeanMethods = false)
class HttpClientTuning {

    @Bean
    HttpClientCustomizer responseTimeout(@Value("${summer.gateway.response-timeout:5s}") Duration timeout) {
        return client -> client.responseTimeout(timeout);
    }
}
