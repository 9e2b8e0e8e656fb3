package cn.summerhotline.platform.events;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults the broker connection needs for the no-loss guarantee (publisher confirms and returns), added with
 * the lowest precedence so that a service's own configuration still wins.
 */
public final class EventsEnvironmentDefaults implements EnvironmentPostProcessor {

    static final String NAME = "summerEventsDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        NAME,
                        Map.of(
                                "spring.rabbitmq.publisher-confirm-type", "correlated",
                                "spring.rabbitmq.publisher-returns", "true",
                                "spring.rabbitmq.template.mandatory", "true",
                                "spring.rabbitmq.listener.simple.default-requeue-rejected", "false")));
    }
}
