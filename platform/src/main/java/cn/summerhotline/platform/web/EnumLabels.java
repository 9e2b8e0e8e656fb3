package cn.summerhotline.platform.web;

import cn.summerhotline.platform.labels.Labelled;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one convention by which every service names its codes for people: {@code GET <service>/labels}
 * answers, for each enum its API uses, each code's label in the caller's language (Chinese unless English
 * is asked for). A label comes from the service's bundles ({@code label.<Enum>.<CODE>}), or else from the
 * enum's own: its {@link Labelled#label()}, or for enums that do not implement it yet, {@code nameZh()} /
 * {@code nameEn()} (or {@code titleZh()} / {@code titleEn()}).
 */
@RestController
@Tag(name = "labels", description = "代码的中文名称。Labels of the codes the API uses.")
final class EnumLabels {

    private final List<Class<? extends Enum<?>>> enums;
    private final MessageSource messages;

    EnumLabels(List<Class<? extends Enum<?>>> enums, MessageSource messages) {
        this.enums = enums;
        this.messages = messages;
    }

    @GetMapping("${summer.labels.path}")
    @Operation(
            summary = "代码的名称 Labels of the codes",
            description = "每个枚举代码的中文名称（Accept-Language: en 时为英文）。Each enum code's label, Chinese by"
                    + " default, English with Accept-Language: en.")
    Map<String, Map<String, String>> labels(HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        for (Class<? extends Enum<?>> type : enums) {
            Map<String, String> labels = new LinkedHashMap<>();
            for (Enum<?> constant : type.getEnumConstants()) {
                labels.put(constant.name(), label(type, constant, locale));
            }
            all.put(type.getSimpleName(), labels);
        }
        return all;
    }

    private String label(Class<?> type, Enum<?> constant, Locale locale) {
        boolean english = Locale.ENGLISH.equals(locale);
        String own;
        if (constant instanceof Labelled labelled) {
            own = english ? labelled.label().en() : labelled.label().zh();
        } else {
            own = english ? ownName(constant, "nameEn", "titleEn") : ownName(constant, "nameZh", "titleZh");
        }
        if (own == null && english) {
            own = constant.name();
        }
        String code = "label." + type.getSimpleName() + "." + constant.name();
        return messages.getMessage(code, null, own == null ? constant.name() : own, locale);
    }

    private static String ownName(Enum<?> constant, String... accessors) {
        for (String accessor : accessors) {
            try {
                Method method = constant.getDeclaringClass().getMethod(accessor);
                if (method.getReturnType() == String.class) {
                    return (String) method.invoke(constant);
                }
            } catch (ReflectiveOperationException e) {
                // not this accessor: try the next one
            }
        }
        return null;
    }
}
