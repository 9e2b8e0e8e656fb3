package cn.summerhotline.gateway.accesslog;

import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The response, counting the body bytes written for the access log. */
final class LoggedResponse extends ServerHttpResponseDecorator {

    private long bytes;
    private String path;

    LoggedResponse(ServerHttpResponse delegate) {
        super(delegate);
    }

    @Override
    public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
        return super.writeWith(Flux.from(body).doOnNext(this::count));
    }

    @Override
    public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
        return super.writeAndFlushWith(
                Flux.from(body).map(part -> Flux.from(part).doOnNext(this::count)));
    }

    private void count(DataBuffer buffer) {
        bytes += buffer.readableByteCount();
    }

    long bytes() {
        return bytes;
    }

    void path(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }
}
