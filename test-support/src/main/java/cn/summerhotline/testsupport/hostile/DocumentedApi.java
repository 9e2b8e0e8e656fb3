package cn.summerhotline.testsupport.hostile;

import cn.summerhotline.testsupport.hostile.ApiDocument.Operation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the generated checks share: the service on its port, its own OpenAPI document, its records. */
public abstract class DocumentedApi {

    @LocalServerPort
    protected int port;

    /**
     * Values for the document's path parameters, by name: records that exist, created by the test (none by
     * default: then made-up ids, which must answer 404).
     */
    protected Map<String, String> pathValues() {
        return Map.of();
    }

    /** Operations left out, by {@code "METHOD /path"}: only a test service's deliberate defects. */
    protected Set<String> notProbed() {
        return Set.of();
    }

    /**
     * Whether an answer in the operation's own documented error format is accepted besides problem+json
     * (Open311 GeoReport answers its errors in the GeoReport format).
     */
    protected boolean acceptsOwnErrorFormat(Operation operation, RawHttp.Answer answer) {
        return false;
    }

    ApiDocument document() {
        return ApiDocument.parse(RawHttp.send(
                        port,
                        "GET /v3/api-docs HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII))
                .text());
    }

    List<Operation> probed(ApiDocument document) {
        return document.operations().stream()
                .filter(operation -> !notProbed().contains(operation.label()))
                .toList();
    }
}
