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
        if (read && isOpenDayRead(path)) {
            return true; // a year's open day and its venues, a venue: what a citizen reads before registering
        }
        if (path.startsWith("/api/v1/openday/")) {
            return isOpenDayRegistration(method, path);
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
        if (path.startsWith("/api/v1/reviews/")) {
            if (method == HttpMethod.POST) {
                // a citizen's report of published content, at the review API's path or in its public namespace
                return path.equals("/api/v1/reviews/reports") || path.equals("/api/v1/reviews/public/reports");
            }
            return read && isPublishedRead(path);
        }
        return false;
    }

    /**
     * {@code /api/v1/reviews/public/{id}} for a review item's id, a UUID: the service names its items so, and the
     * rest of the public namespace (its reports, whatever comes later) is not opened for reading by accident.
     */
    private static boolean isPublishedRead(String path) {
        String prefix = "/api/v1/reviews/public/";
        if (!path.startsWith(prefix) || path.length() != prefix.length() + 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = path.charAt(prefix.length() + i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            boolean hex = c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            if (dash ? c != '-' : !hex) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code /api/v1/openday/{year}}, {@code /api/v1/openday/{year}/venues} (a year of four digits) and {@code
     * /api/v1/openday/venues/{venueId}}: the rest of the open day's API (plans, the setting up) keeps its token.
     */
    private static boolean isOpenDayRead(String path) {
        String prefix = "/api/v1/openday/";
        if (!path.startsWith(prefix)) {
            return false;
        }
        String rest = path.substring(prefix.length());
        if (rest.startsWith("venues/")) {
            String id = rest.substring("venues/".length());
            return !id.isEmpty() && id.indexOf('/') < 0;
        }
        boolean year = rest.length() >= 4 && rest.chars().limit(4).allMatch(Character::isDigit);
        return year && (rest.length() == 4 || rest.substring(4).equals("/venues"));
    }

    /**
     * A citizen registers for a session ({@code POST /api/v1/openday/sessions/{id}/registrations}), reads their
     * registration and its QR code, and cancels it ({@code GET|DELETE /api/v1/openday/registrations/{id}},
     * {@code GET .../{id}/qr.png}); the service checks their token. Nothing else of the open day's staff API.
     */
    private static boolean isOpenDayRegistration(HttpMethod method, String path) {
        if (method == HttpMethod.POST) {
            String rest = path.startsWith("/api/v1/openday/sessions/")
                    ? path.substring("/api/v1/openday/sessions/".length())
                    : "";
            int slash = rest.indexOf('/');
            return slash > 0 && rest.substring(slash).equals("/registrations");
        }
        if (!path.startsWith("/api/v1/openday/registrations/")) {
            return false;
        }
        String rest = path.substring("/api/v1/openday/registrations/".length());
        int slash = rest.indexOf('/');
        if (rest.isEmpty() || slash == 0) {
            return false;
        }
        boolean read = method == HttpMethod.GET || method == HttpMethod.HEAD;
        if (slash < 0) {
            return read || method == HttpMethod.DELETE;
        }
        return read && rest.substring(slash).equals("/qr.png");
    }

    /** {@code /api/v1/complaints/track/{trackingNumber}/rating}, one segment between. */
    private static boolean isRating(String path) {
        String rest = path.substring("/api/v1/complaints/track/".length());
        int slash = rest.indexOf('/');
        return slash > 0 && rest.substring(slash).equals("/rating");
    }
}
