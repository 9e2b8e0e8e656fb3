package cn.summerhotline.gateway.access;

import org.springframework.http.HttpMethod;

/**
 * Which requests are public, which need a token (docs/ARCHITECTURE.md, "Security"). Plain string checks on the
 * decoded path of {@link RequestPath}: they run on every request, and the service is sent exactly the
 * path classified here.
 */
final class AccessPolicy {

    private static final String[] SERVICE_PREFIXES = {
        "/api/v1/complaints", "/api/v1/publicity", "/api/v1/openday", "/api/v1/reviews", "/open311"
    };
    static final String TOKEN_ENDPOINT = "/api/v1/auth/token";

    private AccessPolicy() {}

    static Access classify(HttpMethod method, String path) {
        if (path.equals(TOKEN_ENDPOINT)) {
            return Access.PUBLIC;
        }
        if (!isServicePath(path)) {
            return Access.OPEN;
        }
        return isPublic(method, path) ? Access.PUBLIC : Access.PROTECTED;
    }

    private static boolean isServicePath(String path) {
        for (String prefix : SERVICE_PREFIXES) {
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPublic(HttpMethod method, String path) {
        boolean read = method == HttpMethod.GET || method == HttpMethod.HEAD;
        if (path.startsWith("/open311/")) {
            return true; // GeoReport v2 is open by design; complaint-service checks the api_key of a write
        }
        if (path.startsWith("/api/v1/openday/public/")) {
            return true; // registration, cancellation, quiz answers, stories, published content, statistics
        }
        if (path.startsWith("/api/v1/complaints")) {
            if (method == HttpMethod.POST
                    && (path.equals("/api/v1/complaints") || path.equals("/api/v1/complaints/"))) {
                return true; // the citizens' web form
            }
            if (path.startsWith("/api/v1/complaints/track/")) {
                return read || (method == HttpMethod.POST && isRating(path));
            }
            return false;
        }
        if (path.startsWith("/api/v1/publicity/public/")) {
            return read;
        }
        return method == HttpMethod.POST && path.equals("/api/v1/reviews/public/reports");
    }

    /** {@code /api/v1/complaints/track/{trackingNumber}/rating}, one segment between. */
    private static boolean isRating(String path) {
        String rest = path.substring("/api/v1/complaints/track/".length());
        int slash = rest.indexOf('/');
        return slash > 0 && rest.substring(slash).equals("/rating");
    }
}
