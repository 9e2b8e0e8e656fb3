package cn.summerhotline.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.headers.RemoveHopByHopHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

class LeanHopByHopHeadersTest {

    private final RemoveHopByHopHeadersFilter filter = (RemoveHopByHopHeadersFilter)
            new LeanHopByHopHeaders().postProcessAfterInitialization(new RemoveHopByHopHeadersFilter(), "filter");
    private final MockServerWebExchange exchange =
            MockServerWebExchange.from(MockServerHttpRequest.get("/").build());

    @Test
    void passesHeadersWithoutHopByHopOnesThroughUncopied() {
        HttpHeaders headers = new HttpHeaders();
        headers.add("Authorization", "Bearer x");
        headers.add("X-Request-Id", "r1");

        assertThat(filter.filter(headers, exchange)).isSameAs(headers);
    }

    @Test
    void removesHopByHopHeadersAndThoseTheConnectionHeaderNames() {
        HttpHeaders headers = new HttpHeaders();
        headers.add("Authorization", "Bearer x");
        headers.add("connection", "keep-alive, X-Private");
        headers.add("Keep-Alive", "timeout=60");
        headers.add("Transfer-Encoding", "chunked");
        headers.add("X-Private", "secret");

        HttpHeaders filtered = filter.filter(headers, exchange);

        assertThat(filtered.headerNames()).containsExactly("Authorization");
    }

    @Test
    void keepsTheOriginalOrder() {
        RemoveHopByHopHeadersFilter original = new RemoveHopByHopHeadersFilter();
        assertThat(filter.getOrder()).isEqualTo(original.getOrder());
        assertThat(filter.getHeaders()).isEqualTo(original.getHeaders());
    }
}
