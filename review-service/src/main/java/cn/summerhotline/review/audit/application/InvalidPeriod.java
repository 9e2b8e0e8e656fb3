package cn.summerhotline.review.audit.application;

import java.time.LocalDate;

/** A period that ends before it starts, or that is longer than a year: the request is refused (400). */
public class InvalidPeriod extends RuntimeException {

    public enum Kind {
        EMPTY,
        TOO_LONG
    }

    private final Kind kind;
    private final LocalDate from;
    private final LocalDate to;

    public InvalidPeriod(Kind kind, LocalDate from, LocalDate to) {
        super("period " + from + " to " + to + ": " + kind);
        this.kind = kind;
        this.from = from;
        this.to = to;
    }

    public Kind kind() {
        return kind;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }
}
