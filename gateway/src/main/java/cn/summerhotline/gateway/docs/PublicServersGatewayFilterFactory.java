package cn.summerhotline.gateway.docs;

import cn.summerhotline.gateway.routing.PublicUrl;
import org.reactivestreams.Publisher;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.cloud.gateway.filter.OrderedGatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code PublicServers} on a service's OpenAPI route: the document's {@code servers} become the gateway's
 * public URL, whatever {@code Host} the client sent and whatever the service made of it; a document without
 * security schemes gets the bearer scheme, so that Swagger UI's Authorize button sends the token. Only the
 * documentation routes carry it.
 */
@Component
class PublicServersGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PublicUrl publicUrl;

    PublicServersGatewayFilterFactory(PublicUrl publicUrl) {
        super(Object.class);
        this.publicUrl = publicUrl;
    }

    /** Just before the response is written; the document is asked for uncompressed, to be read here. */
    @Override
    public GatewayFilter apply(Object config) {
        GatewayFilter filter = (exchange, chain) -> chain.filter(exchange.mutate()
                .request(request -> request.headers(headers -> headers.remove(HttpHeaders.ACCEPT_ENCODING)))
                .response(new RewrittenDocument(exchange.getResponse()))
                .build());
        return new OrderedGatewayFilter(filter, NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 1);
    }

    private final class RewrittenDocument extends ServerHttpResponseDecorator {

        RewrittenDocument(ServerHttpResponse delegate) {
            super(delegate);
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            return DataBufferUtils.join(body).flatMap(joined -> {
                byte[] original = new byte[joined.readableByteCount()];
                joined.read(original);
                DataBufferUtils.release(joined);
                byte[] rewritten = rewrite(original);
                getHeaders().setContentLength(rewritten.length);
                return super.writeWith(Mono.just(bufferFactory().wrap(rewritten)));
            });
        }

        @Override
        public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
            return writeWith(Flux.from(body).flatMapSequential(part -> part));
        }
    }

    byte[] rewrite(byte[] body) {
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (JacksonException notJson) {
            return body; // an error page of the service: passed on as it is
        }
        if (!(tree instanceof ObjectNode document) || !document.has("openapi")) {
            return body;
        }
        document.putArray("servers")
                .addObject()
                .put("url", publicUrl.url())
                .put("description", "Summer Hotline gateway");
        ObjectNode components = object(document, "components");
        ObjectNode schemes = object(components, "securitySchemes");
        if (schemes.isEmpty()) {
            OpenApiDocs.bearerScheme(schemes.putObject(OpenApiDocs.BEARER_SCHEME));
            if (!document.has("security")) {
                document.putArray("security").addObject().putArray(OpenApiDocs.BEARER_SCHEME);
            }
        }
        return JSON.writeValueAsBytes(document);
    }

    private static ObjectNode object(ObjectNode parent, String name) {
        JsonNode child = parent.get(name);
        return child instanceof ObjectNode object ? object : parent.putObject(name);
    }
}
