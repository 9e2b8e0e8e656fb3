package cn.summerhotline.gateway.requestid;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Drops the {@code X-Request-Id} a service echoes: the gateway has already put the same id on the response,
 * and the service's headers are added to it, so the caller would see the header twice.
 */
@Component
class ServiceRequestIdResponseFilter implements HttpHeadersFilter {

    @Override
    public boolean supports(Type type) {
        return type == Type.RESPONSE;
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        if (!input.containsHeader(RequestIds.HEADER)) {
            return input;
        }
        try {
            input.remove(RequestIds.HEADER);
            return input;
        } catch (UnsupportedOperationException readOnly) {
            HttpHeaders headers = new HttpHeaders();
            headers.putAll(input);
            headers.remove(RequestIds.HEADER);
            return headers;
        }
    }
}
