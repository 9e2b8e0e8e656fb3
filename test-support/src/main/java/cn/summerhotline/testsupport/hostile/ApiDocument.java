package cn.summerhotline.testsupport.hostile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A service's OpenAPI document read as a generator reads it: its operations, their parameters and
 * request bodies, and a well-formed value for every schema (the schema's example when it has one), from
 * which the malformed variants are derived.
 */
public final class ApiDocument {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode root;

    private ApiDocument(JsonNode root) {
        this.root = root;
    }

    public static ApiDocument parse(String json) {
        return new ApiDocument(JSON.readTree(json));
    }

    public record Parameter(String name, String in, boolean required, JsonNode schema) {}

    public record Operation(
            String method,
            String path,
            String operationId,
            List<Parameter> parameters,
            String bodyType,
            JsonNode bodySchema,
            List<String> produces,
            boolean open) {

        public String label() {
            return method + " " + path;
        }
    }

    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        boolean securedByDefault =
                root.path("security").isArray() && !root.path("security").isEmpty();
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                String method = entry.getKey().toUpperCase(Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                JsonNode operation = entry.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    JsonNode resolved = resolve(parameter);
                    parameters.add(new Parameter(
                            resolved.path("name").asString(),
                            resolved.path("in").asString(),
                            resolved.path("required").asBoolean(false),
                            resolve(resolved.path("schema"))));
                }
                String bodyType = null;
                JsonNode bodySchema = null;
                JsonNode content = resolve(operation.path("requestBody")).path("content");
                for (String type : List.of("application/json", "application/x-www-form-urlencoded")) {
                    if (content.has(type)) {
                        bodyType = type;
                        bodySchema = resolve(content.path(type).path("schema"));
                        break;
                    }
                }
                List<String> produces = new ArrayList<>();
                for (JsonNode response : operation.path("responses")) {
                    resolve(response).path("content").propertyNames().forEach(produces::add);
                }
                JsonNode security = operation.has("security") ? operation.path("security") : null;
                boolean open =
                        security != null ? security.isEmpty() || hasEmptyRequirement(security) : !securedByDefault;
                operations.add(new Operation(
                        method,
                        path.getKey(),
                        operation.path("operationId").asString(method + " " + path.getKey()),
                        parameters,
                        bodyType,
                        bodySchema,
                        produces,
                        open));
            }
        }
        return operations;
    }

    private static boolean hasEmptyRequirement(JsonNode security) {
        for (JsonNode requirement : security) {
            if (requirement.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The schema with its {@code $ref} followed, and {@code allOf}/{@code anyOf}/{@code oneOf} to their first. */
    public JsonNode resolve(JsonNode node) {
        for (int depth = 0; depth < 20 && node != null; depth++) {
            if (node.has("$ref")) {
                String[] parts =
                        node.path("$ref").asString().replaceFirst("^#/", "").split("/");
                JsonNode target = root;
                for (String part : parts) {
                    target = target.path(part);
                }
                node = target;
            } else if (node.has("allOf") && node.path("allOf").size() == 1) {
                node = node.path("allOf").get(0);
            } else if ((node.has("anyOf") || node.has("oneOf")) && !node.has("type")) {
                JsonNode choices = node.has("anyOf") ? node.path("anyOf") : node.path("oneOf");
                JsonNode chosen = choices.get(0);
                for (JsonNode choice : choices) {
                    if (!"null".equals(choice.path("type").asString())) {
                        chosen = choice;
                        break;
                    }
                }
                node = chosen;
            } else {
                return node;
            }
        }
        return node;
    }

    /** The schema's JSON type, ignoring {@code null} in OpenAPI 3.1 type lists. */
    public static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!"null".equals(each.asString())) {
                    return each.asString();
                }
            }
            return "null";
        }
        if (type.isMissingNode() && schema.has("properties")) {
            return "object";
        }
        return type.asString("");
    }

    /** A well-formed value for the schema: its example, else the first enum value, else one made up. */
    public JsonNode sample(JsonNode schema) {
        return sample(resolve(schema), 0);
    }

    private JsonNode sample(JsonNode schema, int depth) {
        if (schema.has("example")) {
            return schema.path("example");
        }
        if (schema.has("examples")
                && schema.path("examples").isArray()
                && !schema.path("examples").isEmpty()) {
            return schema.path("examples").get(0);
        }
        if (schema.has("enum") && !schema.path("enum").isEmpty()) {
            return schema.path("enum").get(0);
        }
        if (schema.has("default")) {
            return schema.path("default");
        }
        String format = schema.path("format").asString("");
        return switch (type(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 6) {
                    for (Map.Entry<String, JsonNode> property :
                            schema.path("properties").properties()) {
                        object.set(property.getKey(), sample(resolve(property.getValue()), depth + 1));
                    }
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 6) {
                    array.add(sample(resolve(schema.path("items")), depth + 1));
                }
                yield array;
            }
            case "integer" ->
                NODES.numberNode(Math.max(1, schema.path("minimum").asLong(1)));
            case "number" -> NODES.numberNode(schema.path("minimum").asDouble(1.0) + 0.5);
            case "boolean" -> NODES.booleanNode(true);
            case "string" ->
                NODES.stringNode(
                        switch (format) {
                            case "date-time" -> "2021-07-15T09:30:00+08:00";
                            case "date" -> LocalDate.of(2021, 7, 15).toString();
                            case "duration" -> "PT24H";
                            default ->
                                "夏令热线测试"
                                        .substring(
                                                0,
                                                Math.max(
                                                        1,
                                                        Math.min(
                                                                6,
                                                                schema.path("maxLength")
                                                                        .asInt(6))));
                        });
            default -> NODES.stringNode("测试");
        };
    }
}
