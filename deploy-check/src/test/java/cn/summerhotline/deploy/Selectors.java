package cn.summerhotline.deploy;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.Map;

/** Label selectors as Kubernetes applies them: every matchLabels pair and every matchExpressions requirement. */
final class Selectors {

    private Selectors() {}

    /** True when the selector selects pods with these labels; an empty selector selects every pod. */
    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        if (selector.getMatchLabels() != null
                && !labels.entrySet().containsAll(selector.getMatchLabels().entrySet())) {
            return false;
        }
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
                if (!meets(requirement, labels)) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean selects(Map<String, String> serviceSelector, PodTemplateSpec pod) {
        return pod.getMetadata().getLabels().entrySet().containsAll(serviceSelector.entrySet());
    }

    private static boolean meets(LabelSelectorRequirement requirement, Map<String, String> labels) {
        String value = labels.get(requirement.getKey());
        return switch (requirement.getOperator()) {
            case "In" -> value != null && requirement.getValues().contains(value);
            case "NotIn" -> value == null || !requirement.getValues().contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> throw new AssertionError("unknown selector operator " + requirement.getOperator());
        };
    }
}
