package cn.summerhotline.platform.observability;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The access log, under {@code summer.access-log}; switched off as a whole with
 * {@code logging.level.cn.summerhotline.access=OFF}.
 *
 * @param quietPaths exact paths not logged: the probes and the scrape, which the platform calls every few
 *     seconds and which would otherwise drown the requests of people and systems
 */
@ConfigurationProperties("summer.access-log")
public record AccessLogProperties(
        @DefaultValue({"/actuator/health/liveness", "/actuator/health/readiness", "/actuator/prometheus"})
        Set<String> quietPaths) {}
