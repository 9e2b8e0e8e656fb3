package cn.summerhotline.publicity.programme.model;

import cn.summerhotline.platform.organisation.Unit;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What the plan says of a project: title, theme, the responsible (责任部门) and implementing (落实部门) departments
 * (one or several units each), the publicity period and the description, and the complaint categories its case
 * studies are drawn from (empty: it asks for none).
 */
public record ProjectPlan(
        String title,
        int theme,
        List<Unit> responsible,
        List<Unit> implementing,
        PublicityPeriod period,
        String description,
        List<String> caseCategories) {

    public static final int MAX_TITLE = 100;
    public static final int MAX_DESCRIPTION = 5000;

    public ProjectPlan {
        title = text("title", title, MAX_TITLE);
        description = description == null ? "" : description.strip();
        if (description.length() > MAX_DESCRIPTION) {
            throw new ProgrammeRuleViolation("description", "at most " + MAX_DESCRIPTION + " characters");
        }
        if (theme < 1 || theme > 20) {
            throw new ProgrammeRuleViolation("theme", "a theme number is 1-20: " + theme);
        }
        responsible = units("responsible", responsible);
        implementing = units("implementing", implementing);
        if (period == null) {
            throw new ProgrammeRuleViolation("period", "a project needs its publicity period");
        }
        caseCategories = caseCategories == null ? List.of() : List.copyOf(new LinkedHashSet<>(caseCategories));
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new ProgrammeRuleViolation(field, field + " must not be blank");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new ProgrammeRuleViolation(field, field + " has at most " + max + " characters");
        }
        return stripped;
    }

    private static List<Unit> units(String field, List<Unit> units) {
        if (units == null
                || units.isEmpty()
                || units.size() > 10
                || units.stream().anyMatch(java.util.Objects::isNull)) {
            throw new ProgrammeRuleViolation(field, field + " names one to ten units of the organisation");
        }
        return List.copyOf(new LinkedHashSet<>(units));
    }

    /** The unit the project's events are routed to: its first implementing district, else the city level. */
    public String routingUnit() {
        return implementing.stream()
                .filter(Unit::isDistrict)
                .map(Unit::code)
                .findFirst()
                .orElse("city");
    }
}
