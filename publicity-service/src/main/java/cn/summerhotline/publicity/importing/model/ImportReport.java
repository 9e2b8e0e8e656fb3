package cn.summerhotline.publicity.importing.model;

import java.time.Instant;
import java.util.List;

/**
 * What an import did, kept per year: where the plan came from, how many projects were read and imported, and
 * every defect. The office reads it to correct the imported projects afterwards.
 */
public record ImportReport(
        int year,
        String title,
        String source,
        String by,
        Instant at,
        int themes,
        int rows,
        List<Integer> imported,
        List<Defect> defects) {

    public ImportReport {
        imported = List.copyOf(imported);
        defects = List.copyOf(defects);
    }

    public static ImportReport of(CheckedPlan plan, String source, String by, Instant at) {
        return new ImportReport(
                plan.year(),
                plan.title(),
                source,
                by,
                at,
                plan.themes().size(),
                plan.rows(),
                plan.projects().stream().map(CheckedPlan.Accepted::number).toList(),
                plan.defects());
    }
}
