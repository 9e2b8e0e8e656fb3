package cn.summerhotline.complaint.model;

import java.time.Instant;

/** The city bureau's supervision (督办) of a case: a note and the new deadline it set. */
public record Supervision(String note, Instant dueAt, Instant at, String by) {

    /** A supervision that tells the handlers something and gives them a deadline still ahead. */
    static Supervision of(String note, Instant dueAt, Instant at, String by) {
        FreeText.requireText("note", note);
        if (dueAt == null || !dueAt.isAfter(at)) {
            throw new ComplaintRuleViolation("dueAt", "the new deadline must lie in the future");
        }
        return new Supervision(note, dueAt, at, by);
    }
}
