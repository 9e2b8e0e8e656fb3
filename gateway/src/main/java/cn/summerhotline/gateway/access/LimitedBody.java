package cn.summerhotline.gateway.access;

import cn.summerhotline.gateway.problem.BodyTooLargeException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import reactor.core.publisher.Flux;

/**
 * A streamed body without {@code Content-Length}, cut off with {@link BodyTooLargeException} once it passes
 * the limit. Only such requests are wrapped: Netty never reads past a {@code Content-Length}, which the
 * gateway checks before.
 */
final class LimitedBody extends ServerHttpRequestDecorator {

    private final long maxBytes;

    LimitedBody(ServerHttpRequest delegate, long maxBytes) {
        super(delegate);
        this.maxBytes = maxBytes;
    }

    @Override
    public Flux<DataBuffer> getBody() {
        return Flux.defer(() -> {
            long[] seen = {0};
            return super.getBody().map(buffer -> {
                seen[0] += buffer.readableByteCount();
                if (seen[0] > maxBytes) {
                    DataBufferUtils.release(buffer);
                    throw new BodyTooLargeException(maxBytes);
                }
                return buffer;
            });
        });
    }
}
