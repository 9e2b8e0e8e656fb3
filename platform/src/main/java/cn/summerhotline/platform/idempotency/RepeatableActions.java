package cn.summerhotline.platform.idempotency;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Lets a caller, a district system above all, send an action on a record again with the same {@code
 * Idempotency-Key} when the answer was lost: the repeat answers the record as it now stands instead of a 409 for
 * a step already taken. The action changes the record once either way; the key only decides what the repeat is
 * told.
 */
public final class RepeatableActions {

    private final IdempotencyKeys keys;

    public RepeatableActions(IdempotencyKeys keys) {
        this.keys = keys;
    }

    /** The record after the action, and whether an earlier request with the same key had taken it. */
    public record Outcome<T>(T result, boolean replayed) {}

    /**
     * Runs {@code action} unless the caller already ran the same request with this key.
     *
     * @param caller whose key it is (the token's subject)
     * @param request everything that identifies the request: action, record and body
     * @param idOf the id of the record the action changed or created, remembered with the key
     * @param current the record with that id as it now stands, answered to a repeat
     */
    public <T> Outcome<T> run(
            String caller,
            String idempotencyKey,
            String request,
            Supplier<T> action,
            Function<T, String> idOf,
            Function<String, T> current) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return new Outcome<>(action.get(), false);
        }
        String scope = IdempotencyKeys.scope(caller, idempotencyKey);
        String fingerprint = IdempotencyKeys.fingerprint(request);
        Optional<IdempotencyKeys.Claim> earlier = keys.find(scope);
        if (earlier.isPresent()) {
            if (!earlier.get().fingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReused(idempotencyKey);
            }
            return new Outcome<>(current.apply(earlier.get().recordId()), true);
        }
        T done = action.get();
        // Stored after the change: a stop in between makes the repeat run the action again, which the record's
        // own rules then refuse (409) or find already done, rather than applying twice.
        keys.claim(scope, fingerprint, idOf.apply(done));
        return new Outcome<>(done, false);
    }
}
