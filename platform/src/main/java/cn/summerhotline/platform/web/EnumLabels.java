package cn.summerhotline.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one convention by which every service names its codes for people: {@code GET <service>/labels}
 * answers, for each enum its API uses, each code's label in the caller's language (Chinese unless English
 * is asked for), as {@link CodeLabels} names them.
 */
@RestController
@Tag(name = "labels", description = "代码的中文名称。Labels of the codes the API uses.")
final class EnumLabels {

    private final CodeLabels labels;

    EnumLabels(List<Class<? extends Enum<?>>> enums, MessageSource messages) {
        this(new CodeLabels(enums, messages));
    }

    EnumLabels(CodeLabels labels) {
        this.labels = labels;
    }

    @GetMapping("${summer.labels.path}")
    @Operation(
            summary = "代码的名称 Labels of the codes",
            description = "每个枚举代码的中文名称（Accept-Language: en 时为英文）。Each enum code's label, Chinese by"
                    + " default, English with Accept-Language: en.")
    Map<String, Map<String, String>> labels(HttpServletRequest request) {
        return labels.all(ProblemMessages.locale(request));
    }
}
