package cn.summerhotline.openday.venue.application;

/** Why a venue request is refused; the web layer answers each as problem+json. */
public sealed class VenueProblem extends RuntimeException {

    VenueProblem(String message) {
        super(message);
    }

    /** 404: no venue with that id. */
    public static final class VenueNotFound extends VenueProblem {
        private final String id;

        public VenueNotFound(String id) {
            super("no venue " + id);
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** 404: the year's open day is not set up. */
    public static final class YearNotFound extends VenueProblem {
        private final int year;

        public YearNotFound(int year) {
            super("no open day in " + year);
            this.year = year;
        }

        public int year() {
            return year;
        }
    }

    /** 403: the venue, or the unit it is to belong to, is not the caller's to run. */
    public static final class NotYourVenue extends VenueProblem {
        public NotYourVenue(String what) {
            super("not the caller's venue: " + what);
        }
    }

    /** 409: the year has its main venue already. */
    public static final class MainVenueTaken extends VenueProblem {
        private final int year;

        public MainVenueTaken(int year) {
            super("the main venue of " + year + " exists");
            this.year = year;
        }

        public int year() {
            return year;
        }
    }

    /** 400: a field names a unit or squad that cannot be. */
    public static final class Invalid extends VenueProblem {
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
