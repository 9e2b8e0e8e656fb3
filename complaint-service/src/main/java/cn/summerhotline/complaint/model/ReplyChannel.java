package cn.summerhotline.complaint.model;

/** How the answer reached the citizen. */
public enum ReplyChannel {
    PHONE,
    SMS,
    EMAIL,
    LETTER,
    IN_PERSON,
    ONLINE
}
