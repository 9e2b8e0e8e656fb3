package cn.summerhotline.platform.web;

import java.util.List;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details for every error, from every layer (code, framework, container), in the caller's
 * language; strict JSON; request limits; a request id on every request. Runs before Boot's MVC and error
 * configuration so that Boot's own problem-details handler and error controller back off in favour of
 * these (both would otherwise answer, in no defined order).
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
            "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration"
        })
@EnableConfigurationProperties(WebLimits.class)
public class PlatformWebAutoConfiguration {

    @Bean
    ProblemMessages problemMessages(MessageSource messageSource) {
        return new ProblemMessages(messageSource);
    }

    @Bean
    ClientErrors clientErrors(ProblemMessages messages, WebLimits limits) {
        return new ClientErrors(messages, limits.maxBodySize().toBytes());
    }

    @Bean
    ApiExceptionHandler apiExceptionHandler(ClientErrors errors, ProblemMessages messages) {
        return new ApiExceptionHandler(errors, messages);
    }

    /** The labels of the enums the service names in {@code summer.labels.enums} (none when it names none). */
    @Bean
    @ConditionalOnMissingBean
    CodeLabels codeLabels(org.springframework.core.env.Environment environment, MessageSource messages) {
        List<String> names = org.springframework.boot.context.properties.bind.Binder.get(environment)
                .bind(
                        "summer.labels.enums",
                        org.springframework.boot.context.properties.bind.Bindable.listOf(String.class))
                .orElse(List.of());
        List<Class<? extends Enum<?>>> enums = new java.util.ArrayList<>();
        for (String name : names) {
            try {
                @SuppressWarnings("unchecked")
                Class<? extends Enum<?>> type = (Class<? extends Enum<?>>) Class.forName(name);
                enums.add(type);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("summer.labels.enums names an unknown class: " + name, e);
            }
        }
        return new CodeLabels(enums, messages);
    }

    /** The service's labels endpoint, when it names its path ({@code summer.labels.path}). */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty("summer.labels.path")
    EnumLabels enumLabels(CodeLabels labels) {
        return new EnumLabels(labels);
    }

    @Bean
    DecimalParameters decimalParameters() {
        return new DecimalParameters();
    }

    @Bean
    ProblemWriter problemWriter(JsonMapper json, ProblemMessages messages) {
        return new ProblemWriter(json, messages);
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController(ClientErrors errors, ProblemWriter writer) {
        return new ProblemErrorController(errors, writer);
    }

    /** Validation messages and problems in the caller's language: Chinese by default, English on request. */
    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(ProblemMessages.CHINESE, java.util.Locale.ENGLISH));
        resolver.setDefaultLocale(ProblemMessages.CHINESE);
        return resolver;
    }

    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return StrictJson::configure;
    }

    @Bean
    WebMvcConfigurer strictParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addFormatters(FormatterRegistry registry) {
                BoundedDates.register(registry);
            }

            @Override
            public void addInterceptors(
                    org.springframework.web.servlet.config.annotation.InterceptorRegistry registry) {
                registry.addInterceptor(new AcceptableAnswers());
            }
        };
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        // Before security, so that a 401 carries the request id too.
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter(
            WebLimits limits, ClientErrors errors, ProblemWriter writer) {
        FilterRegistrationBean<RequestLimitsFilter> registration = new FilterRegistrationBean<>(
                new RequestLimitsFilter(limits.maxBodySize().toBytes(), errors, writer));
        // After the access log (HIGHEST_PRECEDENCE + 1), so that a refused body is logged too.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(TomcatServletWebServerFactory.class)
    static class TomcatProblems {

        /**
         * Replaces the host's error report valve (Boot adds a plain one) with one that writes problem+json.
         * Ordered last so that Boot's valve is already there to be removed.
         */
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve(
                ClientErrors errors, ProblemWriter writer) {
            return new WebServerFactoryCustomizer<>() {
                @Override
                public void customize(TomcatServletWebServerFactory factory) {
                    factory.addContextCustomizers(context -> {
                        Container parent = context.getParent();
                        for (Valve valve : parent.getPipeline().getValves()) {
                            if (valve instanceof ErrorReportValve) {
                                parent.getPipeline().removeValve(valve);
                            }
                        }
                        if (parent instanceof StandardHost host) {
                            host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                        }
                        parent.getPipeline().addValve(new ProblemErrorReportValve(errors, writer));
                    });
                }
            };
        }
    }
}
