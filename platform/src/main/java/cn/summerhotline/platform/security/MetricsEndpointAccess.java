package cn.summerhotline.platform.security;

import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may read {@code /actuator/prometheus}. By default the management endpoints share the service's port,
 * which district systems and the gateway reach: there the metrics (paths, queue names, load) need a token of
 * role {@code CITY_ADMIN}, else 401/403 problem+json like any other refusal. With {@code management.server.port}
 * set ({@code SUMMER_MANAGEMENT_PORT}), Boot serves actuator on that port only, which a Kubernetes Service does
 * not expose: Prometheus scrapes the pod there without a token. The local run leaves it unset, as its services
 * share one machine and would each need a port of their own.
 */
public final class MetricsEndpointAccess {

    static final String PATH = "/actuator/prometheus";

    private MetricsEndpointAccess() {}

    public static void apply(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize,
            Environment environment) {
        if (ManagementPortType.get(environment) == ManagementPortType.DIFFERENT) {
            authorize.requestMatchers(PATH).permitAll();
        } else {
            authorize.requestMatchers(PATH).hasAuthority(Role.CITY_ADMIN.authority());
        }
    }
}
