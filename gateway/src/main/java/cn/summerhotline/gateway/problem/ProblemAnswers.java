package cn.summerhotline.gateway.problem;

import cn.summerhotline.gateway.headers.SecurityHeaders;
import cn.summerhotline.gateway.requestid.RequestIds;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 answers of the gateway. Each kind of error has a stable {@code type} URI that clients may
 * switch on; {@code title} and {@code detail} are written for people, in Chinese unless the client's
 * {@code Accept-Language} prefers English.
 */
public final class ProblemAnswers {

    public static final String TYPE_BASE = "https://summerhotline.cn/problems/";
    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemAnswers() {}

    public static Mono<Void> write(
            ServerWebExchange exchange, HttpStatus status, String type, Text title, Text detail) {
        return write(exchange, status, type, title, detail, Map.of());
    }

    public static Mono<Void> write(
            ServerWebExchange exchange,
            HttpStatus status,
            String type,
            Text title,
            Text detail,
            Map<String, Object> extensions) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        boolean english =
                Languages.prefersEnglish(exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
        response.setStatusCode(status);
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(PROBLEM_JSON);
        headers.set(HttpHeaders.CONTENT_LANGUAGE, english ? "en" : "zh-CN");
        headers.set(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        SecurityHeaders.apply(headers);
        byte[] body = body(
                status.value(),
                type,
                title.in(english),
                detail.in(english),
                RequestIds.originalPath(exchange),
                extensions);
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }

    static byte[] body(
            int status, String type, String title, String detail, String instance, Map<String, Object> extensions) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        problem.putAll(extensions);
        return JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
    }
}
