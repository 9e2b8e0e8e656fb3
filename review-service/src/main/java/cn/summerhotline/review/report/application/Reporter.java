package cn.summerhotline.review.report.application;

/**
 * Who reports, as the request tells: the token's subject when the caller sent a valid token, else the client's
 * address as the service sees it (the gateway's {@code X-Forwarded-For} when the request came through it, see
 * the report controller). Neither is ever stored or logged: only {@link ReporterKeys}' keyed hash of it.
 */
public record Reporter(String subject, String address) {

    public Reporter {
        if ((subject == null || subject.isBlank()) && (address == null || address.isBlank())) {
            throw new IllegalArgumentException("a reporter has a subject or an address");
        }
    }
}
