package cn.summerhotline.publicity.programme.application;

import cn.summerhotline.publicity.refusals.Refusal;

/** The programme's refusals (texts in the bundles, {@code programme.*}). */
public final class ProjectRefusals {

    private ProjectRefusals() {}

    public static Refusal projectNotFound(String id) {
        return Refusal.notFound("Project", id);
    }

    public static Refusal programmeNotFound(int year) {
        return Refusal.notFound("Programme", year);
    }

    public static Refusal unknownTheme(int theme) {
        return Refusal.invalid("programme.unknown-theme", theme);
    }

    public static Refusal concurrentUpdate(String id) {
        return Refusal.conflict("concurrent-update", "programme.concurrent-update", id);
    }

    public static Refusal departmentsCityOnly() {
        return Refusal.forbidden("departments-city-only", "programme.departments-city-only");
    }

    public static Refusal invalidYear() {
        return Refusal.invalid("programme.invalid-year");
    }
}
