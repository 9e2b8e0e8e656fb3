package cn.summerhotline.publicity.importing.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign plan's publicity part as a structured file or an xlsx gives it, written as printed: departments by
 * their printed names (or unit codes), periods as printed ({@code 8 月上旬}). Nothing is checked here; {@link
 * PlanCheck} reads it and reports what is wrong.
 */
public record PlanDocument(
        Integer year,
        String title,
        String source,
        Campaign campaign,
        List<ThemeRow> themes,
        List<ProjectRow> projects) {

    public PlanDocument {
        themes = themes == null
                ? List.of()
                : themes.stream().filter(java.util.Objects::nonNull).toList();
        projects = projects == null
                ? List.of()
                : projects.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** The campaign's dates (活动时间) and how the plan prints them. */
    public record Campaign(LocalDate start, LocalDate end, String printed) {}

    public record ThemeRow(Integer number, String title, String keyword) {}

    public record ProjectRow(
            Integer number,
            Integer theme,
            String title,
            List<String> responsible,
            List<String> implementing,
            String period,
            String description,
            List<String> caseCategories) {}
}
