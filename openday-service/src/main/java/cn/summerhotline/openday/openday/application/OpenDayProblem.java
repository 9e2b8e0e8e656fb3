package cn.summerhotline.openday.openday.application;

/** Why an open-day request is refused; the web layer answers each as problem+json. */
public sealed class OpenDayProblem extends RuntimeException {

    OpenDayProblem(String message) {
        super(message);
    }

    /** 404: the year has no open day. */
    public static final class NotFound extends OpenDayProblem {
        private final int year;

        public NotFound(int year) {
            super("no open day in " + year);
            this.year = year;
        }

        public int year() {
            return year;
        }
    }

    /** 403: the unit is not the caller's. */
    public static final class NotYourUnit extends OpenDayProblem {
        public NotYourUnit(String unit) {
            super("not the caller's unit: " + unit);
        }
    }

    /** 400: a field breaks a rule of the open day. */
    public static final class Invalid extends OpenDayProblem {
        private final String field;

        public Invalid(String field) {
            super("invalid " + field);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
