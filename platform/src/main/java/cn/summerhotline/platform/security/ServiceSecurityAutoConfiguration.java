package cn.summerhotline.platform.security;

import cn.summerhotline.platform.web.ProblemWriter;
import cn.summerhotline.platform.web.Problems;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The same rules in every service: a bearer JWT on everything but health, API documents and the service's
 * declared public endpoints (on its {@code api-key-paths} also as {@code api_key}, see {@link
 * ApiKeyTokenResolver}); no session; 401 and 403 as problem+json. District scoping (another district's
 * record answers 404) is the service's to apply, with {@link Caller#mayAccessDistrict}.
 */
@AutoConfiguration
@EnableMethodSecurity
@EnableConfigurationProperties(JwtProperties.class)
public class ServiceSecurityAutoConfiguration {

    static {
        // The caller comes from the bearer token, not from the request: no OpenAPI parameter for it.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    private static final String[] ALWAYS_OPEN = {
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/info",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/error"
    };

    /**
     * Spring Security observes each of its filters, and each authentication and authorization, on every request:
     * under a registration crowd that was about a tenth of openday-service's CPU (JFR). Each request is timed
     * once already, as {@code http.server.requests}, and refusals are answered and logged by the platform.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(JwtProperties properties) {
        return TokenDecoders.fromProperties(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    SecurityFilterChain serviceSecurityFilterChain(
            HttpSecurity http, JwtProperties properties, ProblemWriter problems, Environment environment)
            throws Exception {
        AuthenticationEntryPoint unauthenticated = new TokenRefusals(problems);
        AccessDeniedHandler forbidden = (request, response, exception) ->
                problems.write(request, response, HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "problem.forbidden.detail");
        http.csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(authorize -> {
                    authorize.requestMatchers(ALWAYS_OPEN).permitAll();
                    MetricsEndpointAccess.apply(authorize, environment);
                    for (PublicEndpoint endpoint : PublicEndpoint.parse(properties.publicEndpoints())) {
                        if (endpoint.method() == null) {
                            authorize.requestMatchers(endpoint.pattern()).permitAll();
                        } else {
                            authorize
                                    .requestMatchers(endpoint.method(), endpoint.pattern())
                                    .permitAll();
                        }
                    }
                    authorize.anyRequest().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(new ApiKeyTokenResolver(properties.apiKeyPaths()))
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new CallerAuthentication()))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling ->
                        handling.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden));
        return http.build();
    }

    @Bean
    WebMvcConfigurer callerArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }

    record PublicEndpoint(HttpMethod method, String pattern) {

        static List<PublicEndpoint> parse(List<String> declared) {
            return declared.stream().map(PublicEndpoint::parse).toList();
        }

        static PublicEndpoint parse(String declared) {
            String[] parts = declared.trim().split("\\s+");
            if (parts.length == 1) {
                return new PublicEndpoint(null, parts[0]);
            }
            if (parts.length == 2) {
                return new PublicEndpoint(HttpMethod.valueOf(parts[0].toUpperCase()), parts[1]);
            }
            throw new IllegalStateException("A public endpoint is 'METHOD /path' or '/path', not '" + declared + "'");
        }
    }
}
