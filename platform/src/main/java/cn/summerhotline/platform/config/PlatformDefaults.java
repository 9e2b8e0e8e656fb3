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
 * environment all override it. A {@code spring.config.import} would do the opposite. Another supporting
 * module adds its own defaults file the same way, through a subclass naming it.
 */
public class PlatformDefaults implements EnvironmentPostProcessor, Ordered {

    private final String name;
    private final String resource;

    public PlatformDefaults() {
        this("summer-platform-defaults", "summer-platform.yml");
    }

    protected PlatformDefaults(String name, String resource) {
        this.name = name;
        this.resource = resource;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(name)) {
            return;
        }
        try {
            for (PropertySource<?> source :
                    new YamlPropertySourceLoader().load(name, new ClassPathResource(resource))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
