package cn.summerhotline.platform.openapi;

import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The RFC 9457 problem every error answers with, as the shared {@code Problem} schema component. */
final class ProblemSchema {

    static final String NAME = "Problem";
    static final String REF = "#/components/schemas/" + NAME;

    private ProblemSchema() {}

    static Schema<Object> schema() {
        Schema<Object> fieldError = object().description("一个字段的错误。One field's error.")
                .addProperty("field", string("字段名或参数名。The field or parameter.", null))
                .addProperty("message", string("错误说明。What is wrong with it.", null));
        fieldError.setRequired(List.of("field", "message"));
        Schema<Object> problem = object().description("""
                        RFC 9457 问题详情,`type` 是稳定的错误标识(位于 https://summerhotline.cn/problems/ 下)。\
                        服务可以附加自己的字段,例如冲突时的 `state` 和 `action`。

                        RFC 9457 problem details. `type` identifies the error and is stable (under \
                        https://summerhotline.cn/problems/); a service may add members of its own, such as \
                        `state` and `action` on a conflict.""")
                .addProperty(
                        "type",
                        string("稳定的错误类型 URI。The error's stable type.", "uri")
                                .example("https://summerhotline.cn/problems/invalid-request"))
                .addProperty("title", string("错误类型的简短标题。The type's short title.", null))
                .addProperty(
                        "status",
                        new JsonSchema()
                                .types(Set.of("integer"))
                                .description("HTTP 状态码。The HTTP status.")
                                .minimum(java.math.BigDecimal.valueOf(400))
                                .maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", string("本次错误的说明。What went wrong this time.", null))
                .addProperty("instance", string("出错的请求路径。The request it answers.", "uri-reference"))
                .addProperty(
                        "errors",
                        new JsonSchema()
                                .types(Set.of("array"))
                                .description("校验失败时,逐个字段的错误。Per field, when validation failed.")
                                .items(fieldError));
        problem.setRequired(List.of("type", "title", "status"));
        problem.setExamples(List.of((Object) example()));
        return problem;
    }

    static Map<String, Object> example() {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "https://summerhotline.cn/problems/invalid-request");
        example.put("title", "Invalid request");
        example.put("status", 400);
        example.put("detail", "Some fields are invalid.");
        example.put("instance", "/api/v1/complaints");
        example.put("errors", List.of(Map.of("field", "description", "message", "must not be blank")));
        return example;
    }

    static Schema<?> ref() {
        return new Schema<>().$ref(REF);
    }

    private static Schema<Object> object() {
        return new JsonSchema().types(Set.of("object"));
    }

    private static Schema<Object> string(String description, String format) {
        Schema<Object> schema = new JsonSchema().types(Set.of("string")).description(description);
        if (format != null) {
            schema.setFormat(format);
        }
        return schema;
    }
}
