package cn.summerhotline.complaint.application;

import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.platform.security.Caller;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Lets a caller, a district system above all, send an action on a complaint again with the same {@code
 * Idempotency-Key} when the answer was lost: the repeat answers the complaint as it now stands instead of a
 * 409 for a step already taken. The action changes the complaint once either way; the key only decides what
 * the repeat is told.
 */
@Component
public class RepeatableActions {

    private final IdempotencyKeys keys;
    private final FindComplaints find;

    public RepeatableActions(IdempotencyKeys keys, FindComplaints find) {
        this.keys = keys;
        this.find = find;
    }

    /** The complaint after the action, and whether an earlier request with the same key had taken it. */
    public record Outcome(Complaint complaint, boolean replayed) {}

    /**
     * Runs {@code action} unless the caller already ran the same request with this key.
     *
     * @param request everything that identifies the request: action, complaint and body
     */
    public Outcome run(Caller caller, String idempotencyKey, String id, String request, Supplier<Complaint> action) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return new Outcome(action.get(), false);
        }
        String scope = IdempotencyKeys.scope(caller.subject(), idempotencyKey);
        String fingerprint = IdempotencyKeys.fingerprint(request);
        Optional<IdempotencyKeys.Claim> earlier = keys.find(scope);
        if (earlier.isPresent()) {
            if (!earlier.get().fingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReused(idempotencyKey);
            }
            return new Outcome(find.get(caller, id), true);
        }
        Complaint done = action.get();
        // Stored after the change: a stop in between makes the repeat run the action again, which the lifecycle
        // then refuses (409) rather than applying twice.
        keys.claim(scope, fingerprint, id);
        return new Outcome(done, false);
    }
}
