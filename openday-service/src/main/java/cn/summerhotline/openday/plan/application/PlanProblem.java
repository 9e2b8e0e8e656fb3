package cn.summerhotline.openday.plan.application;

/** Why a plan request is refused beyond the plan's own rules; the web layer answers each as problem+json. */
public sealed class PlanProblem extends RuntimeException {

    PlanProblem(String message) {
        super(message);
    }

    /** 404: no such plan, or not the caller's district's (both answer alike). */
    public static final class NotFound extends PlanProblem {
        private final String id;

        public NotFound(String id) {
            super("no plan " + id);
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** 404: the year has no open day to plan for. */
    public static final class NoOpenDay extends PlanProblem {
        private final int year;

        public NoOpenDay(int year) {
            super("no open day in " + year);
            this.year = year;
        }

        public int year() {
            return year;
        }
    }

    /** 403: only a district bureau submits a plan, and only its own. */
    public static final class NotYourDistrict extends PlanProblem {
        public NotYourDistrict(String district) {
            super("not the caller's district: " + district);
        }
    }

    /** 409: the plan kept changing under the request. */
    public static final class ConcurrentUpdate extends PlanProblem {
        public ConcurrentUpdate(String id) {
            super("the plan " + id + " changed while it was being updated");
        }
    }
}
