package cn.summerhotline.openday.checkin.application;

import java.time.Instant;

/**
 * A check-in refused (409): the party is checked in already (since {@code firstAt}), the registration is not
 * confirmed, or the scan id was used for another registration. Message {@code checkin.refused.<REASON>}.
 */
public final class CheckinRefused extends RuntimeException {

    public enum Reason {
        ALREADY_CHECKED_IN,
        NOT_CONFIRMED,
        SCAN_ID_REUSED
    }

    private final Reason reason;
    private final transient Instant firstAt;
    private final String firstId;

    public CheckinRefused(Reason reason, Instant firstAt, String firstId) {
        super(reason.name());
        this.reason = reason;
        this.firstAt = firstAt;
        this.firstId = firstId;
    }

    public Reason reason() {
        return reason;
    }

    /** When the check-in in force was made (ALREADY_CHECKED_IN), else null. */
    public Instant firstAt() {
        return firstAt;
    }

    public String firstId() {
        return firstId;
    }
}
