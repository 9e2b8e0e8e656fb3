package cn.summerhotline.platform.web;

import cn.summerhotline.platform.labels.Labelled;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * Each code's name for people, in Chinese or English, for every enum a service names in {@code summer.labels.enums}:
 * what the labels endpoint answers, and what an export or any other answer written for people shows in place of a
 * code, so that the two never disagree. A label comes from the service's bundles ({@code label.<Enum>.<CODE>}), or
 * else from the enum's own: its {@link Labelled#label()}, or for enums that do not implement it yet, {@code
 * nameZh()} / {@code nameEn()} (or {@code titleZh()} / {@code titleEn()}).
 */
public final class CodeLabels {

    private final Map<String, Class<? extends Enum<?>>> enums = new LinkedHashMap<>();
    private final MessageSource messages;

    public CodeLabels(List<Class<? extends Enum<?>>> enums, MessageSource messages) {
        enums.forEach(type -> this.enums.put(type.getSimpleName(), type));
        this.messages = messages;
    }

    /** Every code of every named enum with its label, by the enum's simple name. */
    public Map<String, Map<String, String>> all(Locale locale) {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        enums.forEach((name, type) -> {
            Map<String, String> labels = new LinkedHashMap<>();
            for (Enum<?> constant : type.getEnumConstants()) {
                labels.put(constant.name(), label(type, constant, locale));
            }
            all.put(name, labels);
        });
        return all;
    }

    /**
     * The label of {@code code} of the enum named {@code type} (its simple name, as the labels endpoint names it);
     * a code of a type or a value this service does not know is answered by its bundles or else as it is, so that
     * a reader still sees what is stored.
     */
    public String label(String type, String code, Locale locale) {
        if (code == null) {
            return null;
        }
        Class<? extends Enum<?>> known = enums.get(type);
        if (known != null) {
            for (Enum<?> constant : known.getEnumConstants()) {
                if (constant.name().equals(code)) {
                    return label(known, constant, locale);
                }
            }
        }
        return messages.getMessage("label." + type + "." + code, null, code, ProblemMessages.supported(locale));
    }

    /** The label of a constant, by the name of its own enum. */
    public String label(Enum<?> constant, Locale locale) {
        return constant == null ? null : label(constant.getDeclaringClass(), constant, locale);
    }

    private String label(Class<?> type, Enum<?> constant, Locale locale) {
        boolean english = Locale.ENGLISH.equals(ProblemMessages.supported(locale));
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
        return messages.getMessage(code, null, own == null ? constant.name() : own, ProblemMessages.supported(locale));
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
