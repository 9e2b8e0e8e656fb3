package cn.summerhotline.publicity.importing.model;

import cn.summerhotline.publicity.programme.model.ProjectPlan;
import cn.summerhotline.publicity.programme.model.Theme;
import java.time.LocalDate;
import java.util.List;

/** A plan as the check left it: what may be imported, and every defect found. */
public record CheckedPlan(
        int year,
        String title,
        LocalDate campaignStart,
        LocalDate campaignEnd,
        List<Theme> themes,
        List<Accepted> projects,
        List<Defect> defects,
        int rows) {

    /** A project that passed, with its printed number. */
    public record Accepted(int number, ProjectPlan plan) {}
}
