package cn.summerhotline.gateway.headers;

import java.util.List;
import org.springframework.http.HttpHeaders;

/**
 * The headers every gateway response carries, its own errors and Swagger UI included: no MIME sniffing,
 * no framing (Swagger UI is a top-level page and needs none), no referrer leaving the platform. A service
 * that sets them too is overridden, so that a response never carries two values.
 */
public final class SecurityHeaders {

    public static final String CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";
    public static final String FRAME_OPTIONS = "X-Frame-Options";
    public static final String REFERRER_POLICY = "Referrer-Policy";

    /** The names the gateway owns on a response; a service's values for them are dropped. */
    public static final List<String> NAMES = List.of(CONTENT_TYPE_OPTIONS, FRAME_OPTIONS, REFERRER_POLICY);

    private SecurityHeaders() {}

    public static void apply(HttpHeaders headers) {
        headers.set(CONTENT_TYPE_OPTIONS, "nosniff");
        headers.set(FRAME_OPTIONS, "DENY");
        headers.set(REFERRER_POLICY, "no-referrer");
    }
}
