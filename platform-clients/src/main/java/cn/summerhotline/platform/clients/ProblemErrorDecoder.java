package cn.summerhotline.platform.clients;

import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Collection;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns another service's error answer into a {@link RemoteProblem}: its status and, when the body is problem+json
 * (every service's errors are), its type, title and detail. Any other body is left unread but for its status: a
 * proxy's HTML page says nothing a caller could use.
 */
final class ProblemErrorDecoder implements ErrorDecoder {

    // A problem is a few hundred bytes; a larger error body is not one of ours.
    private static final int MAX_BODY_BYTES = 16 * 1024;

    private final JsonMapper json;

    ProblemErrorDecoder(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        String service = response.request().requestTemplate().feignTarget().name();
        JsonNode problem = problem(response);
        String type = text(problem, "type");
        return new RemoteProblem(
                service,
                operation(methodKey),
                response.status(),
                typeUri(type),
                text(problem, "title"),
                text(problem, "detail"));
    }

    /** A callee's malformed type is dropped rather than let the decoding itself fail. */
    private static URI typeUri(String type) {
        if (type == null) {
            return null;
        }
        try {
            return URI.create(type);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    /** {@code Figures#stats(String)}, Feign's key of the method, is operation {@code stats}. */
    private static String operation(String methodKey) {
        int hash = methodKey.indexOf('#');
        int paren = methodKey.indexOf('(');
        return hash >= 0 && paren > hash ? methodKey.substring(hash + 1, paren) : methodKey;
    }

    private JsonNode problem(Response response) {
        Collection<String> types = response.headers().get("content-type");
        boolean isJson = types != null && types.stream().anyMatch(type -> type.contains("json"));
        if (!isJson || response.body() == null) {
            return null;
        }
        try (InputStream body = response.body().asInputStream()) {
            byte[] bytes = body.readNBytes(MAX_BODY_BYTES);
            JsonNode node = json.readTree(bytes);
            return node.isObject() ? node : null;
        } catch (IOException | JacksonException unreadable) {
            return null;
        }
    }

    private static String text(JsonNode problem, String field) {
        if (problem == null || !problem.path(field).isString()) {
            return null;
        }
        return problem.path(field).asString();
    }
}
