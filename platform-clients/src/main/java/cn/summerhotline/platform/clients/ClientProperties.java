package cn.summerhotline.platform.clients;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The platform's settings of every Feign client. Timeouts and addresses are Spring Cloud OpenFeign's own, per
 * client name: {@code spring.cloud.openfeign.client.config.<name>.url}, {@code .connect-timeout}, {@code
 * .read-timeout} (defaults for all in summer-clients.yml under {@code default}).
 *
 * @param serviceToken a pre-issued token for calls made without a caller's token (env {@code SUMMER_SERVICE_TOKEN})
 * @param retryAfter what {@code Retry-After} tells a caller when a service it needs is unavailable: the breaker's
 *     wait in the open state, after which it tries the service again
 */
@ConfigurationProperties("summer.clients")
public record ClientProperties(String serviceToken, Duration retryAfter) {

    public ClientProperties {
        retryAfter = retryAfter == null ? Duration.ofSeconds(10) : retryAfter;
    }
}
