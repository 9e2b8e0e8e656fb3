package cn.summerhotline.publicity.programme.model;

import java.time.LocalDate;

/** A dated step of a project: when it is planned and, once done, when it actually happened. */
public record Milestone(String title, LocalDate planned, LocalDate actual) {

    public Milestone {
        if (title == null || title.isBlank() || title.length() > 100) {
            throw new ProgrammeRuleViolation("milestones", "a milestone needs a title of at most 100 characters");
        }
        if (planned == null) {
            throw new ProgrammeRuleViolation("milestones", "a milestone needs its planned date");
        }
        title = title.strip();
    }
}
