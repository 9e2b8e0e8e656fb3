package cn.summerhotline.complaint.application;

import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.platform.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Component;

/**
 * Loads a complaint the caller may see, applies a change and stores it with optimistic concurrency: when
 * someone else changed it in between, the change is applied again to the fresh state, so rules are always
 * checked against what is stored.
 */
@Component
public class ComplaintChanges {

    private static final int ATTEMPTS = 5;

    private final Complaints complaints;
    private final Clock clock;

    public ComplaintChanges(Complaints complaints, Clock clock) {
        this.complaints = complaints;
        this.clock = clock;
    }

    public Complaint change(Caller caller, String id, BiConsumer<Complaint, Instant> action) {
        for (int attempt = 1; ; attempt++) {
            Complaint complaint = complaints
                    .byId(id)
                    .filter(c -> Access.mayRead(caller, c))
                    .orElseThrow(() -> new ComplaintNotFound(id));
            Optional<Complaint> stored = apply(complaint, action);
            if (stored.isPresent()) {
                return stored.get();
            }
            if (attempt == ATTEMPTS) {
                throw ConcurrentUpdate.of(id);
            }
        }
    }

    /** Applies a change to an already loaded complaint; empty when it changed since it was loaded. */
    public Optional<Complaint> apply(Complaint complaint, BiConsumer<Complaint, Instant> action) {
        action.accept(complaint, clock.instant());
        return complaints.update(complaint);
    }

    public Instant now() {
        return clock.instant();
    }
}
