package cn.summerhotline.gateway.problem;

import cn.summerhotline.gateway.requestid.RequestIds;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 answers of the gateway. Each kind of error has a stable {@code type} URI that clients may
 * switch on; the {@code detail} is written for people, Chinese first with the English after it.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://summerhotline.cn/problems/";
    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {}

    public static Mono<Void> write(
            ServerWebExchange exchange, HttpStatus status, String type, String title, String detail) {
        return write(exchange, status, type, title, detail, Map.of());
    }

    public static Mono<Void> write(
            ServerWebExchange exchange,
            HttpStatus status,
            String type,
            String title,
            String detail,
            Map<String, Object> extensions) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(status);
        response.getHeaders().setContentType(PROBLEM_JSON);
        byte[] body = body(status, type, title, detail, RequestIds.originalPath(exchange), extensions);
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }

    static byte[] body(
            HttpStatus status,
            String type,
            String title,
            String detail,
            String instance,
            Map<String, Object> extensions) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", instance);
        problem.putAll(extensions);
        return JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
    }
}
