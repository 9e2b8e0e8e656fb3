package cn.summerhotline.gateway.requestid;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Sets the request's id on the headers sent to the service. Runs last among the gateway's request
 * header filters, which normally hand it a fresh copy of the headers that it may change in place.
 */
@Component
class RequestIdHeaderFilter implements HttpHeadersFilter, Ordered {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        String id = RequestIds.of(exchange);
        if (id == null || id.equals(input.getFirst(RequestIds.HEADER))) {
            return input;
        }
        try {
            input.set(RequestIds.HEADER, id);
            return input;
        } catch (UnsupportedOperationException readOnly) {
            HttpHeaders headers = new HttpHeaders();
            headers.putAll(input);
            headers.set(RequestIds.HEADER, id);
            return headers;
        }
    }
}
