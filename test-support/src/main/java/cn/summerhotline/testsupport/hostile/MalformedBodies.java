package cn.summerhotline.testsupport.hostile;

import cn.summerhotline.testsupport.hostile.ApiDocument.Operation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every way a request body can be wrong: not JSON, JSON of another shape, each field of the wrong JSON
 * type (a number for a text, epoch seconds for a date, a text for a coordinate), out of its range, with
 * control characters, missing when required; too large, with a length or chunked; of another media type.
 */
final class MalformedBodies {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Over the 1 MB default limit, under Tomcat's swallow size, so the 413 arrives on an intact connection. */
    private static final int OVERSIZED = 1_500_000;

    private final ApiDocument document;

    MalformedBodies(ApiDocument document) {
        this.document = document;
    }

    List<HostileRequest> of(Operation operation, HostileRequest base) {
        List<HostileRequest> cases = new ArrayList<>();
        String type = operation.bodyType();
        byte[] oversized = oversized(type);
        cases.add(base.withBody(oversized, "body of 1.5 MB"));
        cases.add(base.chunkedBody(oversized, "chunked body of 1.5 MB"));
        cases.add(base.withHeader("Content-Type", "text/plain", "Content-Type text/plain"));
        cases.add(base.withHeader(
                "Content-Type",
                "application/x-www-form-urlencoded".equals(type) ? "application/json" : "application/xml",
                "Content-Type of another format"));
        if (type.equals("application/json")) {
            for (String raw : List.of(
                    "{",
                    "[]",
                    "\"text\"",
                    "123",
                    "null",
                    "",
                    "{\"a\":1} trailing",
                    "{\"a\":}",
                    "[".repeat(5000) + "]".repeat(5000),
                    "{\"" + "k".repeat(100) + "\":" + "[".repeat(2000))) {
                cases.add(base.withBody(
                        raw.getBytes(StandardCharsets.UTF_8),
                        "body " + (raw.length() > 30 ? raw.substring(0, 30) + "…" : raw)));
            }
            cases.add(base.withBody(
                    new byte[] {'{', '"', 'x', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'},
                    "body with invalid UTF-8"));
        }
        JsonNode sample = document.sample(operation.bodySchema());
        JsonNode schema = document.resolve(operation.bodySchema());
        if (sample instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> property :
                    schema.path("properties").properties()) {
                JsonNode propertySchema = document.resolve(property.getValue());
                List<JsonNode> wrongs =
                        type.equals("application/json") ? wrongValues(propertySchema) : wrongFormValues(propertySchema);
                for (JsonNode wrong : wrongs) {
                    ObjectNode changed = object.deepCopy();
                    changed.set(property.getKey(), wrong);
                    cases.add(base.withBody(
                            encode(type, changed), "field " + property.getKey() + "=" + abbreviate(wrong.toString())));
                }
            }
            for (JsonNode required : schema.path("required")) {
                ObjectNode changed = object.deepCopy();
                changed.remove(required.asString());
                cases.add(base.withBody(encode(type, changed), "without required " + required.asString()));
            }
        }
        return cases;
    }

    private static List<JsonNode> wrongValues(JsonNode schema) {
        List<JsonNode> wrong = new ArrayList<>();
        String format = schema.path("format").asString("");
        switch (ApiDocument.type(schema)) {
            case "string" -> {
                if (!format.equals("duration")) {
                    wrong.add(NODES.numberNode(123));
                }
                wrong.add(NODES.booleanNode(true));
                wrong.add(NODES.objectNode());
                wrong.add(NODES.arrayNode());
                if (format.startsWith("date")) {
                    wrong.add(NODES.numberNode(1626307200L));
                    wrong.add(NODES.stringNode(
                            format.equals("date") ? "+999999999-12-31" : "+999999999-12-31T00:00:00Z"));
                    wrong.add(NODES.stringNode(format.equals("date") ? "2021-02-30" : "2021-02-30T00:00:00Z"));
                    wrong.add(NODES.stringNode("yesterday"));
                } else if (schema.has("enum")) {
                    wrong.add(NODES.stringNode("NOT_A_VALUE"));
                    wrong.add(NODES.numberNode(0));
                } else {
                    wrong.add(NODES.stringNode("控制字符\u0000\u0007在此"));
                    if (schema.has("maxLength")) {
                        wrong.add(NODES.stringNode(
                                "长".repeat(schema.path("maxLength").asInt() + 1)));
                    }
                }
            }
            case "integer" -> {
                wrong.add(NODES.stringNode("5"));
                wrong.add(NODES.numberNode(1.5));
                wrong.add(NODES.booleanNode(true));
                wrong.add(NODES.numberNode(new java.math.BigInteger("99999999999999999999")));
                if (schema.has("minimum")) {
                    wrong.add(NODES.numberNode(schema.path("minimum").asLong() - 1));
                }
                if (schema.has("maximum")) {
                    wrong.add(NODES.numberNode(schema.path("maximum").asLong() + 1));
                }
            }
            case "number" -> {
                wrong.add(NODES.stringNode("31.2"));
                wrong.add(NODES.booleanNode(true));
                wrong.add(NODES.objectNode());
                if (schema.has("minimum")) {
                    wrong.add(NODES.numberNode(schema.path("minimum").asDouble() - 1));
                }
                if (schema.has("maximum")) {
                    wrong.add(NODES.numberNode(schema.path("maximum").asDouble() + 1));
                }
            }
            case "boolean" -> {
                wrong.add(NODES.stringNode("true"));
                wrong.add(NODES.numberNode(1));
            }
            case "array" -> {
                wrong.add(NODES.stringNode("x"));
                wrong.add(NODES.objectNode());
            }
            case "object" -> {
                wrong.add(NODES.stringNode("x"));
                wrong.add(NODES.arrayNode());
            }
            default -> {}
        }
        return wrong;
    }

    /** In a form every value is text: only what no text can make right. */
    private static List<JsonNode> wrongFormValues(JsonNode schema) {
        List<JsonNode> wrong = new ArrayList<>();
        switch (ApiDocument.type(schema)) {
            case "integer", "number" -> {
                wrong.add(NODES.stringNode("abc"));
                wrong.add(NODES.stringNode("1e999"));
            }
            case "string" -> {
                if (schema.has("enum")) {
                    wrong.add(NODES.stringNode("NOT_A_VALUE"));
                } else {
                    wrong.add(NODES.stringNode("控制字符\u0000\u0007在此"));
                }
                if (schema.has("maxLength")) {
                    wrong.add(
                            NODES.stringNode("长".repeat(schema.path("maxLength").asInt() + 1)));
                }
            }
            default -> {}
        }
        return wrong;
    }

    static byte[] encode(String type, JsonNode body) {
        if (!"application/x-www-form-urlencoded".equals(type)) {
            return JSON.writeValueAsBytes(body);
        }
        StringJoiner form = new StringJoiner("&");
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            String value = field.getValue().isString()
                    ? field.getValue().asString()
                    : field.getValue().toString();
            form.add(MalformedRequests.encode(field.getKey()) + "=" + MalformedRequests.encode(value));
        }
        return form.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] oversized(String type) {
        if ("application/x-www-form-urlencoded".equals(type)) {
            return ("description=" + "a".repeat(OVERSIZED)).getBytes(StandardCharsets.US_ASCII);
        }
        return ("{\"description\":\"" + "a".repeat(OVERSIZED) + "\"}").getBytes(StandardCharsets.US_ASCII);
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
    }
}
