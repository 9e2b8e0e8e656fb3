package cn.summerhotline.complaint.model;

import java.time.Instant;

/**
 * The answer given back to the citizen (回音). {@code fromCase} is set on a merged case that received the answer
 * of the case it was merged into.
 */
public record Reply(String message, ReplyChannel channel, Instant at, String by, String fromCase) {

    /** A handler's answer: it says something, and says how the citizen was reached. */
    static Reply given(String message, ReplyChannel channel, Instant at, String by) {
        FreeText.requireText("message", message);
        if (channel == null) {
            throw new ComplaintRuleViolation("channel", "say how the citizen was answered");
        }
        return new Reply(message, channel, at, by, null);
    }

    /** This answer as a case merged into {@code fromCase} receives it, at {@code at}. */
    Reply passedOn(String fromCase, Instant at) {
        return new Reply(message, channel, at, by, fromCase);
    }
}
