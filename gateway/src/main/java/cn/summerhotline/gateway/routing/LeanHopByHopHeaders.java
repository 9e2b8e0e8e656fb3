package cn.summerhotline.gateway.routing;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.cloud.gateway.filter.headers.RemoveHopByHopHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The gateway's hop-by-hop header filter copies every request's and response's headers into a new
 * case-insensitive map even when there is nothing to remove; profiling put that copying at about a
 * sixth of the gateway's CPU. This swaps it for the same filter that first looks, and copies only when
 * a hop-by-hop header is there (the same headers, the same order, the same result).
 */
@Component
class LeanHopByHopHeaders implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof RemoveHopByHopHeadersFilter original && !(bean instanceof LookFirst)) {
            return new LookFirst(original);
        }
        return bean;
    }

    static final class LookFirst extends RemoveHopByHopHeadersFilter {

        private final String[] names;

        LookFirst(RemoveHopByHopHeadersFilter original) {
            setHeaders(original.getHeaders());
            setOrder(original.getOrder());
            Set<String> all = new LinkedHashSet<>(original.getHeaders());
            all.addAll(HEADERS_REMOVED_ON_REQUEST);
            this.names = all.toArray(String[]::new);
        }

        @Override
        public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
            return containsHopByHop(input) ? super.filter(input, exchange) : input;
        }

        private boolean containsHopByHop(HttpHeaders input) {
            for (String name : input.headerNames()) {
                for (String hop : names) {
                    if (hop.equalsIgnoreCase(name)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
