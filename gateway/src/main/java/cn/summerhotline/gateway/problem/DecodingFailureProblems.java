package cn.summerhotline.gateway.problem;

import cn.summerhotline.gateway.headers.SecurityHeaders;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Map;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.NettyPipeline;
import reactor.netty.channel.ChannelOperations;
import reactor.netty.http.server.HttpServerRequest;

/**
 * Requests that Netty cannot decode (request line past {@code server.netty.max-initial-line-length},
 * headers past {@code server.max-http-request-header-size}, malformed headers) never reach Spring:
 * Reactor Netty answers them itself with an empty 414, 431 or 400 and closes the connection. This handler
 * gives those answers the gateway's problem+json body and security headers. It only looks closer at an
 * empty full response, which a proxied or problem answer of the gateway never is on this path.
 */
@Configuration(proxyBeanMethods = false)
class DecodingFailureProblems {

    @Bean
    NettyServerCustomizer problemJsonForDecodingFailures() {
        ChannelHandler handler = new Rewriter();
        return server -> server.doOnChannelInit((observer, channel, remote) -> {
            if (channel.pipeline().get(NettyPipeline.HttpTrafficHandler) != null) {
                channel.pipeline().addBefore(NettyPipeline.HttpTrafficHandler, "summer.decodingFailures", handler);
            }
        });
    }

    @ChannelHandler.Sharable
    static final class Rewriter extends ChannelOutboundHandlerAdapter {

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
            if (msg instanceof FullHttpResponse response
                    && response.content().readableBytes() == 0
                    && isDecodingFailure(response.status().code())) {
                ChannelOperations<?, ?> ops = ChannelOperations.get(ctx.channel());
                if (ops != null && ops.getClass().getName().endsWith("$FailedHttpServerRequest")) {
                    String language = ops instanceof HttpServerRequest request
                            ? request.requestHeaders().get(HttpHeaderNames.ACCEPT_LANGUAGE)
                            : null;
                    FullHttpResponse problem = problem(response, Languages.prefersEnglish(language));
                    response.release();
                    ctx.write(problem, promise);
                    return;
                }
            }
            ctx.write(msg, promise);
        }

        private static boolean isDecodingFailure(int status) {
            return status == 400 || status == 414 || status == 431;
        }

        private static FullHttpResponse problem(FullHttpResponse failure, boolean english) {
            int status = failure.status().code();
            byte[] body = switch (status) {
                case 414 ->
                    ProblemAnswers.body(
                            status,
                            "uri-too-long",
                            english ? "URI too long" : "地址过长",
                            english ? "The request line is longer than the gateway accepts." : "请求行超过了网关允许的长度。",
                            null,
                            Map.of());
                case 431 ->
                    ProblemAnswers.body(
                            status,
                            "headers-too-large",
                            english ? "Request header fields too large" : "请求头过大",
                            english ? "The request headers are larger than the gateway accepts." : "请求头超过了网关允许的大小。",
                            null,
                            Map.of());
                default ->
                    ProblemAnswers.body(
                            status,
                            "bad-request",
                            english ? "Bad request" : "请求无法处理",
                            english ? "The gateway could not read this HTTP request." : "网关无法解析此 HTTP 请求。",
                            null,
                            Map.of());
            };
            FullHttpResponse problem = new DefaultFullHttpResponse(
                    failure.protocolVersion(), HttpResponseStatus.valueOf(status), Unpooled.wrappedBuffer(body));
            HttpHeaders headers = problem.headers();
            headers.set(HttpHeaderNames.CONTENT_TYPE, ProblemAnswers.PROBLEM_JSON.toString());
            headers.set(HttpHeaderNames.CONTENT_LANGUAGE, english ? "en" : "zh-CN");
            headers.setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
            headers.set(HttpHeaderNames.CONNECTION, "close");
            headers.set(SecurityHeaders.CONTENT_TYPE_OPTIONS, "nosniff");
            headers.set(SecurityHeaders.FRAME_OPTIONS, "DENY");
            headers.set(SecurityHeaders.REFERRER_POLICY, "no-referrer");
            return problem;
        }
    }
}
