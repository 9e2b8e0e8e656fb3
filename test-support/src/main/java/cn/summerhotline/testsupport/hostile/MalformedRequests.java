package cn.summerhotline.testsupport.hostile;

import cn.summerhotline.testsupport.hostile.ApiDocument.Operation;
import cn.summerhotline.testsupport.hostile.ApiDocument.Parameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import tools.jackson.databind.JsonNode;

/**
 * Derives malformed requests from each operation of an OpenAPI document: broken path and query values,
 * parameter names the binder must never see, hostile headers and tokens, wrong methods, ambiguous paths,
 * and (through {@link MalformedBodies}) every way a body can be wrong. Each one must be answered 4xx
 * problem+json and change nothing.
 */
public final class MalformedRequests {

    private static final List<String> PATH_VALUES = List.of(
            "%00",
            "%C0%AF",
            "%FF%FE",
            "%2e%2e",
            "x".repeat(3000),
            "%27%20OR%201%3D1",
            "%24ne",
            "%7B%7D",
            "%E2%80%AE",
            "%0D%0ASet-Cookie:%20x=1");

    private static final List<String> DATE_VALUES =
            List.of("%2B999999999-12-31", "-999999999-01-01", "2021-13-45", "1626307200", "2021-07-15T25:00");

    private final ApiDocument document;
    private final Map<String, String> pathValues;
    private final Map<String, String> tokens;

    /**
     * @param pathValues values of path parameters by name (existing records, so that a refusal is seen to
     *     change nothing)
     * @param tokens bearer tokens: {@code valid} (allowed to call everything), {@code expired},
     *     {@code noExpiry}, {@code forged}
     */
    public MalformedRequests(ApiDocument document, Map<String, String> pathValues, Map<String, String> tokens) {
        this.document = document;
        this.pathValues = pathValues;
        this.tokens = tokens;
    }

    public List<HostileRequest> of(Operation operation) {
        List<HostileRequest> cases = new ArrayList<>();
        HostileRequest base = base(operation);
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("path")) {
                for (String value : PATH_VALUES) {
                    cases.add(base.withTarget(
                            target(operation, Map.of(parameter.name(), value), Map.of()),
                            "path " + parameter.name() + "=" + abbreviate(value)));
                }
            } else if (parameter.in().equals("query")) {
                for (String value : badQueryValues(parameter.schema())) {
                    cases.add(base.withTarget(
                            target(operation, Map.of(), Map.of(parameter.name(), value)),
                            "query " + parameter.name() + "=" + abbreviate(value)));
                }
            }
        }
        String target = base.target();
        String glue = target.contains("?") ? "&" : "?";
        for (String query : List.of(
                "district%5B%24ne%5D=x",
                "district[$ne]=x", "district.x=1", "%ZZ=1", "note=%E0%80%80", "note=%FF", "a[=1")) {
            cases.add(base.withTarget(target + glue + query, "query " + query));
        }
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        String query = target.contains("?") ? target.substring(target.indexOf('?')) : "";
        for (String variant : List.of(
                path + ";jsessionid=x" + query,
                path + "/.." + query,
                path + "/%2e%2e" + query,
                "/%2e%2e" + path + query,
                path + "%2F.." + query,
                path + "//" + query,
                path + "%00" + query,
                path + "/%5C" + query)) {
            cases.add(base.withTarget(variant, "path " + abbreviate(variant)));
        }
        cases.add(base.withMethod("TRACE", "method TRACE"));
        cases.add(base.withMethod("PROPFIND", "method PROPFIND"));
        cases.add(base.withHeader("X-Padding", "a".repeat(20_000), "header of 20 KB"));
        cases.add(base.withHeader("Authorization", "Bearer not.a.token", "garbage token"));
        cases.add(base.withHeader("Authorization", "Bearer " + tokens.get("expired"), "expired token"));
        cases.add(base.withHeader("Authorization", "Bearer " + tokens.get("noExpiry"), "token without exp"));
        cases.add(base.withHeader("Authorization", "Bearer " + tokens.get("forged"), "forged token"));
        if (!operation.open()) {
            // A public operation may ignore credentials of another scheme; a protected one must refuse them.
            cases.add(base.withHeader("Authorization", "Basic Y2l0eS1hZG1pbjpob3RsaW5l", "basic credentials"));
        }
        boolean jsonOnly = operation.produces().stream().allMatch(type -> type.contains("json"));
        if (jsonOnly && !operation.produces().isEmpty()) {
            cases.add(base.withHeader("Accept", "application/xml", "Accept application/xml"));
        }
        if (operation.bodyType() != null) {
            cases.addAll(new MalformedBodies(document).of(operation, base));
        }
        return cases;
    }

    /** The operation called as it should be, with a token that may call it. */
    public HostileRequest base(Operation operation) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + tokens.get("valid"));
        headers.put("Accept", "*/*");
        byte[] body = null;
        if (operation.bodyType() != null) {
            headers.put("Content-Type", operation.bodyType());
            body = MalformedBodies.encode(operation.bodyType(), document.sample(operation.bodySchema()));
        }
        return new HostileRequest(
                operation.label(), operation.method(), target(operation, Map.of(), Map.of()), headers, body, false);
    }

    private String target(Operation operation, Map<String, String> rawPath, Map<String, String> rawQuery) {
        String path = operation.path();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("path")) {
                String value = rawPath.containsKey(parameter.name())
                        ? rawPath.get(parameter.name())
                        : encode(pathValues.getOrDefault(parameter.name(), "000000000000000000000001"));
                path = path.replace("{" + parameter.name() + "}", value);
            }
        }
        Map<String, String> query = new LinkedHashMap<>();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("query") && parameter.required()) {
                query.put(
                        parameter.name(),
                        encode(document.sample(parameter.schema()).asString("1")));
            }
        }
        query.putAll(rawQuery);
        if (query.isEmpty()) {
            return path;
        }
        StringJoiner joined = new StringJoiner("&", path + "?", "");
        query.forEach((name, value) -> joined.add(name + "=" + value));
        return joined.toString();
    }

    private List<String> badQueryValues(JsonNode schema) {
        JsonNode resolved = document.resolve(schema);
        List<String> values = new ArrayList<>();
        switch (ApiDocument.type(resolved)) {
            case "integer" -> {
                values.addAll(List.of("abc", "1.5", "99999999999999999999999", "0x10"));
                if (resolved.has("minimum")) {
                    values.add(String.valueOf(resolved.path("minimum").asLong() - 1));
                }
                if (resolved.has("maximum")) {
                    values.add(String.valueOf(resolved.path("maximum").asLong() + 1));
                }
            }
            case "number" -> values.addAll(List.of("abc", "1,5"));
            case "boolean" -> values.addAll(List.of("maybe", "2"));
            case "string" -> {
                String format = resolved.path("format").asString("");
                if (format.startsWith("date")) {
                    values.addAll(DATE_VALUES);
                } else if (resolved.has("enum")) {
                    values.addAll(List.of("NOT_A_VALUE", "%00"));
                } else {
                    values.addAll(List.of("%FF%FE", "%C0%AF"));
                }
            }
            default -> values.add("%FF%FE");
        }
        return values;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
    }
}
