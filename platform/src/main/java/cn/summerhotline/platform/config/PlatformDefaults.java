package cn.summerhotline.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code summer-platform.yml} (environment variable mapping, health groups, problem details, logging)
 * behind every other property source, so a service's own {@code application.yml}, its profiles and the
 * environment all override it. A {@code spring.config.import} would do the opposite.
 */
public class PlatformDefaults implements EnvironmentPostProcessor, Ordered {

    static final String NAME = "summer-platform-defaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(NAME)) {
            return;
        }
        try {
            for (PropertySource<?> source :
                    new YamlPropertySourceLoader().load(NAME, new ClassPathResource("summer-platform.yml"))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read summer-platform.yml", e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
