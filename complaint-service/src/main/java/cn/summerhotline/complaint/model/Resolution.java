package cn.summerhotline.complaint.model;

import java.time.Instant;

/**
 * What the district did about the matter, and when. A case reopened keeps its last resolution until it is
 * resolved again, so that the next handler sees what was done before.
 */
public record Resolution(String summary, Instant at) {

    public static final Resolution NONE = new Resolution(null, null);

    static Resolution of(String summary, Instant at) {
        FreeText.requireText("summary", summary);
        return new Resolution(summary, at);
    }
}
