package cn.summerhotline.complaint.open311;

import cn.summerhotline.platform.security.Caller;
import java.util.Optional;

/**
 * Whether a GeoReport request is keyed. The platform reads the key, a bearer token or the same token as {@code
 * api_key} on {@code /open311/**} ({@code summer.security.jwt.api-key-paths}), into the {@link Caller}, and
 * refuses a forged one itself; what is left here is a keyed endpoint called without any key, which GeoReport
 * clients expect answered in the specification's error format rather than as problem+json.
 */
final class Open311Keys {

    private Open311Keys() {}

    /** The keyed caller; a request without a key is answered 401. */
    static Caller required(Caller caller) {
        return optional(caller).orElseThrow(() -> new Open311Error(401, "api_key is required"));
    }

    /** The keyed caller, or empty for a public read without a key. */
    static Optional<Caller> optional(Caller caller) {
        return caller.authenticated() ? Optional.of(caller) : Optional.empty();
    }
}
