package cn.summerhotline.platform.clients;

import cn.summerhotline.platform.web.ProblemMessages;
import cn.summerhotline.platform.web.RequestIdFilter;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What every call to another service carries from the request that causes it:
 *
 * <ul>
 *   <li>the caller's verified token (from the header or an {@code api_key} alike), so the callee applies the
 *       caller's own roles and district; else the service's token ({@link ServiceToken});
 *   <li>the request id, so one request can be followed through both services' logs;
 *   <li>the caller's language, so the callee's problem details read in it.
 * </ul>
 *
 * The calls run on the request's thread (summer-clients.yml turns the breakers' thread pool off), where the
 * security context, the request and the logging context are.
 */
final class CallerPropagation implements RequestInterceptor {

    private final ServiceToken serviceToken;

    CallerPropagation(ServiceToken serviceToken) {
        this.serviceToken = serviceToken;
    }

    @Override
    public void apply(RequestTemplate template) {
        if (!template.headers().containsKey(HttpHeaders.AUTHORIZATION)) {
            callerToken()
                    .or(serviceToken::current)
                    .ifPresent(token -> template.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
        }
        Optional<HttpServletRequest> request = currentRequest();
        request.map(r -> r.getAttribute(RequestIdFilter.ATTRIBUTE))
                .map(String::valueOf)
                .or(() -> Optional.ofNullable(MDC.get(RequestIdFilter.MDC_KEY)))
                .ifPresent(id -> template.header(RequestIdFilter.HEADER, id));
        request.filter(r -> r.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null)
                .ifPresent(r -> template.header(
                        HttpHeaders.ACCEPT_LANGUAGE, ProblemMessages.locale(r).toLanguageTag()));
    }

    private static Optional<String> callerToken() {
        if (SecurityContextHolder.getContext().getAuthentication()
                        instanceof AbstractOAuth2TokenAuthenticationToken<?> t
                && t.isAuthenticated()) {
            return Optional.of(t.getToken().getTokenValue());
        }
        return Optional.empty();
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest())
                : Optional.empty();
    }
}
