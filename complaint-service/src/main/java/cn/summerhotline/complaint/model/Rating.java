package cn.summerhotline.complaint.model;

import java.time.Instant;

/** The citizen's satisfaction with one answer ({@code replyNumber}, counted from 1). A blank comment is none. */
public record Rating(int score, String comment, Instant at, int replyNumber) {

    public static final int REOPEN_AT_OR_BELOW = 2;

    /** Wrong rating codes after which a case takes no rating: five guesses of a million codes. */
    public static final int MAX_WRONG_CODES = 5;

    public Rating {
        FreeText.requireClean("comment", comment);
        comment = comment == null || comment.isBlank() ? null : comment;
        if (score < 1 || score > 5) {
            throw new ComplaintRuleViolation("score", "a rating is from 1 to 5");
        }
    }

    public boolean dissatisfied() {
        return score <= REOPEN_AT_OR_BELOW;
    }
}
