package cn.summerhotline.publicity.cases.application;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * complaint-service's resolved complaints, as a case study needs them: its own list read as a district system reads
 * it ({@code GET /api/v1/complaints?district=&status=&category=}), with the caller's token (else the service's), so
 * complaint-service applies the caller's district. Unavailable (down, slow, failing, breaker open): the platform's
 * {@code DependencyUnavailable}, answered 503 naming the list.
 */
public interface ComplaintCases {

    /** The statuses of a complaint that was resolved: handled, answered, closed. */
    List<String> RESOLVED = List.of("RESOLVED", "REPLIED", "CLOSED");

    List<ResolvedCase> resolved(String district, String category, String status, int size);

    ResolvedCase complaint(String id);

    /** A complaint as this service reads it (its own copy of complaint-service's view, the fields it uses). */
    record ResolvedCase(
            String id,
            String trackingNumber,
            String category,
            String status,
            String district,
            String description,
            String resolution,
            OffsetDateTime receivedAt,
            Reporter reporter) {

        /** Who reported it, as complaint-service shows it to the caller (masked, or whole for the district's admin). */
        public record Reporter(String name, String phone) {}

        /** The reporter's full and given name when the caller sees them unmasked: masked out of the case's text. */
        public java.util.List<String> knownNames() {
            if (reporter == null || reporter.name() == null || reporter.name().contains("*")) {
                return java.util.List.of();
            }
            String name = reporter.name().strip();
            return name.length() > 2 ? java.util.List.of(name, name.substring(1)) : java.util.List.of(name);
        }
    }
}
