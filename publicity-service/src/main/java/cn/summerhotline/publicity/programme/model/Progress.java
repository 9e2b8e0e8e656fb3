package cn.summerhotline.publicity.programme.model;

import java.util.List;

/** What the implementing unit reports: its status (never LATE, which the calendar decides), percent, milestones. */
public record Progress(ProgressStatus status, int percent, List<Milestone> milestones) {

    public static final Progress NOT_STARTED = new Progress(ProgressStatus.PLANNED, 0, List.of());

    public Progress {
        if (status == null || status == ProgressStatus.LATE) {
            throw new ProgrammeRuleViolation("status", "a unit reports PLANNED, PREPARING, PUBLISHING or DONE");
        }
        if (percent < 0 || percent > 100) {
            throw new ProgrammeRuleViolation("percent", "percent is 0-100: " + percent);
        }
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        if (milestones.size() > 30) {
            throw new ProgrammeRuleViolation("milestones", "at most 30 milestones");
        }
    }
}
