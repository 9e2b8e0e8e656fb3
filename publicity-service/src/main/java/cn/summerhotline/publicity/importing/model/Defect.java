package cn.summerhotline.publicity.importing.model;

import java.util.List;

/**
 * One defect of an imported plan: its kind, the project (or theme) it concerns, the field, and the values the
 * report's message names ({@code import.defect.<KIND>} in the bundles, read in the caller's language).
 */
public record Defect(DefectKind kind, Integer project, Integer theme, String field, List<String> values) {

    public Defect {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public Severity severity() {
        return kind.severity();
    }

    static Defect ofProject(DefectKind kind, Integer project, String field, String... values) {
        return new Defect(kind, project, null, field, List.of(values));
    }
}
