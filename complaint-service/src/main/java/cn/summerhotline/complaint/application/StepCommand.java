package cn.summerhotline.complaint.application;

import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.platform.security.Caller;
import java.time.Instant;
import org.springframework.security.access.AccessDeniedException;

/**
 * A step of a complaint's handling that needs nothing beyond the caller's role and the complaint's own rules:
 * each step says who may take it and what it changes, so that adding one cannot forget either. Steps that do
 * more (reply, merge, rating) are use cases of their own.
 */
public sealed interface StepCommand {

    /** The complaint the step is taken on. */
    String id();

    /** Refuses (403) a caller whose role may not take the step; asked before the complaint is read. */
    void checkRole(Caller caller);

    /** Changes the complaint as stored now; run again on the fresh state when someone changed it meanwhile. */
    void takeOn(Complaint complaint, Caller caller, Instant now);

    /** Operators route a case to a district bureau; a district bureau passes one of its cases on to a squad. */
    record Assign(String id, String district, String squad) implements StepCommand {
        @Override
        public void checkRole(Caller caller) {
            caller.requireAny(Access.ROUTERS);
        }

        @Override
        public void takeOn(Complaint complaint, Caller caller, Instant now) {
            if (!Access.cityWide(caller)) {
                // A district bureau keeps the case within the district: only the city level re-routes it.
                if (district == null || !district.equals(caller.unit())) {
                    throw new AccessDeniedException("a district bureau assigns within its own district");
                }
            }
            complaint.assign(district, squad, Access.actor(caller), now);
        }
    }

    /** The district bureau, its squad or its system takes an assigned case on. */
    record Accept(String id) implements StepCommand {
        @Override
        public void checkRole(Caller caller) {
            caller.requireAny(Access.HANDLERS);
        }

        @Override
        public void takeOn(Complaint complaint, Caller caller, Instant now) {
            complaint.accept(Access.actor(caller), now);
        }
    }

    /** The handlers record what was done about the matter. */
    record Resolve(String id, String summary) implements StepCommand {
        @Override
        public void checkRole(Caller caller) {
            caller.requireAny(Access.HANDLERS);
        }

        @Override
        public void takeOn(Complaint complaint, Caller caller, Instant now) {
            complaint.resolve(summary, Access.actor(caller), now);
        }
    }

    /** Closes an answered case; refused while the citizen has not been answered. */
    record Close(String id) implements StepCommand {
        @Override
        public void checkRole(Caller caller) {
            caller.requireAny(Access.CLOSERS);
        }

        @Override
        public void takeOn(Complaint complaint, Caller caller, Instant now) {
            complaint.close(Access.actor(caller), now);
        }
    }

    /** City-level staff reopen an answered case, e.g. when the citizen calls back that nothing changed. */
    record Reopen(String id, String reason) implements StepCommand {
        @Override
        public void checkRole(Caller caller) {
            caller.requireAny(Access.REOPENERS);
        }

        @Override
        public void takeOn(Complaint complaint, Caller caller, Instant now) {
            complaint.reopen(reason, Access.actor(caller), now);
        }
    }

    /** The city bureau supervises (督办) a case: a note to the handlers and a new deadline. */
    record Supervise(String id, String note, Instant dueAt) implements StepCommand {
        @Override
        public void checkRole(Caller caller) {
            caller.requireAny(Access.CITY_BUREAU);
        }

        @Override
        public void takeOn(Complaint complaint, Caller caller, Instant now) {
            complaint.supervise(note, dueAt, Access.actor(caller), now);
        }
    }

    /** The city bureau chooses a case for the enforcement coordination division and media to follow. */
    record Follow(String id) implements StepCommand {
        @Override
        public void checkRole(Caller caller) {
            caller.requireAny(Access.CITY_BUREAU);
        }

        @Override
        public void takeOn(Complaint complaint, Caller caller, Instant now) {
            complaint.follow(Access.actor(caller), now);
        }
    }
}
