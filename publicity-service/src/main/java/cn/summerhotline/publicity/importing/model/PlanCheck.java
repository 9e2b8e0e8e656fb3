package cn.summerhotline.publicity.importing.model;

import cn.summerhotline.platform.organisation.Unit;
import cn.summerhotline.publicity.programme.model.CaseCategory;
import cn.summerhotline.publicity.programme.model.ProgrammeRuleViolation;
import cn.summerhotline.publicity.programme.model.ProjectPlan;
import cn.summerhotline.publicity.programme.model.PublicityPeriod;
import cn.summerhotline.publicity.programme.model.Theme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a plan and reports its defects rather than hiding them. A project with an ERROR (a department that is no
 * unit of the organisation, an unreadable period, an unknown theme, a repeated number, a missing field) is left
 * out; one with a WARNING is imported as printed and flagged: a period outside the campaign, the same title and
 * implementing department as an earlier project, a text about another district than the implementing one (the
 * printed 2021 plan's project 8 repeats project 7's title and department while its text is about Xuhui), and a
 * theme without projects.
 */
public final class PlanCheck {

    private PlanCheck() {}

    public static CheckedPlan check(int year, PlanDocument plan) {
        if (plan.year() != null && plan.year() != year) {
            throw new PlanRejected("other-year");
        }
        if (plan.campaign() == null
                || plan.campaign().start() == null
                || plan.campaign().end() == null) {
            throw new PlanRejected("no-campaign");
        }
        if (plan.campaign().start().getYear() != year
                || plan.campaign().end().isBefore(plan.campaign().start())) {
            throw new PlanRejected("campaign-dates");
        }
        if (plan.projects().isEmpty()
                || plan.projects().size() > 200
                || plan.themes().size() > 20) {
            throw new PlanRejected("size");
        }
        List<Defect> defects = new ArrayList<>();
        Map<Integer, Theme> themes = themes(plan, defects);
        List<CheckedPlan.Accepted> accepted = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        Map<String, Integer> titles = new HashMap<>();
        for (PlanDocument.ProjectRow row : plan.projects()) {
            project(year, row, themes, numbers, defects).ifPresent(a -> {
                accepted.add(a);
                String key = a.plan().title() + "|" + a.plan().implementing();
                Integer earlier = titles.putIfAbsent(key, a.number());
                if (earlier != null) {
                    defects.add(Defect.ofProject(
                            DefectKind.DUPLICATE_TITLE_AND_DEPARTMENT,
                            a.number(),
                            "title",
                            a.plan().title(),
                            String.valueOf(earlier),
                            names(a.plan().implementing())));
                }
                if (!a.plan()
                        .period()
                        .overlaps(plan.campaign().start(), plan.campaign().end())) {
                    defects.add(Defect.ofProject(
                            DefectKind.PERIOD_OUTSIDE_CAMPAIGN,
                            a.number(),
                            "period",
                            a.plan().period().text(),
                            plan.campaign().start().toString(),
                            plan.campaign().end().toString()));
                }
                otherUnitInText(a).ifPresent(defects::add);
            });
        }
        for (Theme theme : themes.values()) {
            if (accepted.stream().noneMatch(a -> a.plan().theme() == theme.number())) {
                defects.add(new Defect(
                        DefectKind.THEME_WITHOUT_PROJECTS, null, theme.number(), "theme", List.of(theme.title())));
            }
        }
        return new CheckedPlan(
                year,
                plan.title() == null ? year + "年夏令热线宣传计划" : plan.title().strip(),
                plan.campaign().start(),
                plan.campaign().end(),
                List.copyOf(themes.values()),
                accepted,
                defects,
                plan.projects().size());
    }

    private static Map<Integer, Theme> themes(PlanDocument plan, List<Defect> defects) {
        Map<Integer, Theme> themes = new java.util.TreeMap<>();
        for (PlanDocument.ThemeRow row : plan.themes()) {
            try {
                Theme theme = new Theme(row.number() == null ? 0 : row.number(), row.title(), row.keyword());
                if (themes.putIfAbsent(theme.number(), theme) != null) {
                    defects.add(new Defect(DefectKind.UNKNOWN_THEME, null, theme.number(), "theme", List.of("重复")));
                }
            } catch (ProgrammeRuleViolation e) {
                defects.add(new Defect(
                        DefectKind.MISSING_FIELD, null, row.number(), "theme", List.of(String.valueOf(row.title()))));
            }
        }
        return themes;
    }

    private static Optional<CheckedPlan.Accepted> project(
            int year,
            PlanDocument.ProjectRow row,
            Map<Integer, Theme> themes,
            Set<Integer> numbers,
            List<Defect> defects) {
        Integer number = row.number();
        int before = defects.size();
        if (number == null || number < 1 || number > 999) {
            defects.add(Defect.ofProject(DefectKind.MISSING_FIELD, number, "number", String.valueOf(row.title())));
            return Optional.empty();
        }
        if (!numbers.add(number)) {
            defects.add(Defect.ofProject(DefectKind.DUPLICATE_NUMBER, number, "number", String.valueOf(number)));
            return Optional.empty();
        }
        if (row.title() == null || row.title().isBlank() || row.title().length() > ProjectPlan.MAX_TITLE) {
            defects.add(Defect.ofProject(DefectKind.MISSING_FIELD, number, "title", ""));
        }
        if (row.theme() == null || !themes.containsKey(row.theme())) {
            defects.add(Defect.ofProject(DefectKind.UNKNOWN_THEME, number, "theme", String.valueOf(row.theme())));
        }
        List<Unit> responsible = units(number, "responsible", row.responsible(), defects);
        List<Unit> implementing = units(number, "implementing", row.implementing(), defects);
        Optional<PublicityPeriod> period = PublicityPeriod.parse(year, row.period());
        if (period.isEmpty()) {
            defects.add(Defect.ofProject(DefectKind.INVALID_PERIOD, number, "period", String.valueOf(row.period())));
        }
        List<String> categories = row.caseCategories() == null ? List.of() : row.caseCategories();
        for (String category : categories) {
            if (!CaseCategory.isKnown(category)) {
                defects.add(Defect.ofProject(DefectKind.INVALID_CATEGORY, number, "caseCategories", category));
            }
        }
        if (defects.size() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CheckedPlan.Accepted(
                    number,
                    new ProjectPlan(
                            row.title(),
                            row.theme(),
                            responsible,
                            implementing,
                            period.get(),
                            row.description(),
                            categories)));
        } catch (ProgrammeRuleViolation e) {
            defects.add(Defect.ofProject(DefectKind.MISSING_FIELD, number, e.field(), ""));
            return Optional.empty();
        }
    }

    private static List<Unit> units(Integer number, String field, List<String> printed, List<Defect> defects) {
        if (printed == null || printed.isEmpty()) {
            defects.add(Defect.ofProject(DefectKind.MISSING_FIELD, number, field, ""));
            return List.of();
        }
        List<Unit> units = new ArrayList<>();
        for (String name : printed) {
            Departments.resolve(name)
                    .ifPresentOrElse(
                            units::add,
                            () -> defects.add(Defect.ofProject(
                                    DefectKind.UNKNOWN_DEPARTMENT, number, field, String.valueOf(name))));
        }
        return units;
    }

    /** The text names districts, and none of them implements the project. */
    private static Optional<Defect> otherUnitInText(CheckedPlan.Accepted a) {
        String text = a.plan().description();
        List<Unit> named = Unit.ofKind(Unit.Kind.DISTRICT_BUREAU).stream()
                .filter(d -> text.contains(Departments.shortName(d)))
                .toList();
        if (named.isEmpty() || named.stream().anyMatch(a.plan().implementing()::contains)) {
            return Optional.empty();
        }
        return Optional.of(Defect.ofProject(
                DefectKind.TEXT_ABOUT_ANOTHER_UNIT,
                a.number(),
                "description",
                names(named),
                names(a.plan().implementing())));
    }

    private static String names(List<Unit> units) {
        return String.join("、", units.stream().map(u -> u.label().zh()).toList());
    }
}
