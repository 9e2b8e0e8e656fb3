package cn.summerhotline.openday.cloud.model;

/** What happened to an item since it was read: each becomes an event in the same write as the change. */
public enum ItemChange {
    /** A version was handed in for review (openday.content.submitted). */
    SUBMITTED,
    /** The review published it (openday.content.published). */
    PUBLISHED,
    /** A takedown or the public's reports hid it (openday.content.hidden). */
    HIDDEN
}
