package cn.summerhotline.gateway.access;

import org.springframework.http.HttpMethod;

/**
 * Which requests are public, which need a token (ARCHITECTURE.md, "Security"). Plain string checks on
 * the raw path: they run on every request, and a raw path with dot segments or encoded slashes is
 * refused first, so that no service sees a path other than the one classified here.
 */
final class AccessPolicy {

    private static final String[] SERVICE_PREFIXES = {
        "/api/v1/complaints", "/api/v1/publicity", "/api/v1/openday", "/api/v1/reviews", "/open311"
    };
    static final String TOKEN_ENDPOINT = "/api/v1/auth/token";

    private AccessPolicy() {}

    static Access classify(HttpMethod method, String rawPath) {
        if (rawPath.equals(TOKEN_ENDPOINT)) {
            return Access.PUBLIC;
        }
        if (!isServicePath(rawPath)) {
            return Access.OPEN;
        }
        if (isMalformed(rawPath)) {
            return Access.MALFORMED;
        }
        return isPublic(method, rawPath) ? Access.PUBLIC : Access.PROTECTED;
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

    private static boolean isMalformed(String path) {
        if (path.indexOf('%') < 0 && path.indexOf('.') < 0 && path.indexOf(';') < 0 && path.indexOf('\\') < 0) {
            return path.contains("//");
        }
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("/./")
                || lower.contains("/../")
                || lower.endsWith("/.")
                || lower.endsWith("/..")
                || lower.contains("//")
                || lower.contains(";")
                || lower.contains("\\")
                || lower.contains("%2e")
                || lower.contains("%2f")
                || lower.contains("%5c")
                || lower.contains("%25")
                || lower.contains("%3b");
    }
}
