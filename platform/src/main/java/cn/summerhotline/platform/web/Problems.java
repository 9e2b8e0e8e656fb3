package cn.summerhotline.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The stable {@code type} URIs of the errors every service shares (RFC 9457). A service adds its own
 * types under the same base, with a title for each in its {@code messages} bundles
 * ({@code problem.<slug>.title}).
 */
public final class Problems {

    public static final String BASE = "https://summerhotline.cn/problems/";

    public static final URI UNAUTHENTICATED = type("unauthenticated");
    public static final URI FORBIDDEN = type("forbidden");
    public static final URI NOT_FOUND = type("not-found");
    public static final URI MALFORMED_REQUEST = type("malformed-request");
    public static final URI INVALID_REQUEST = type("invalid-request");
    public static final URI BAD_REQUEST = type("bad-request");
    public static final URI CONFLICT = type("conflict");
    public static final URI IDEMPOTENCY_KEY_REUSED = type("idempotency-key-reused");
    public static final URI METHOD_NOT_ALLOWED = type("method-not-allowed");
    public static final URI NOT_ACCEPTABLE = type("not-acceptable");
    public static final URI UNSUPPORTED_MEDIA_TYPE = type("unsupported-media-type");
    public static final URI PAYLOAD_TOO_LARGE = type("payload-too-large");
    public static final URI URI_TOO_LONG = type("uri-too-long");
    public static final URI HEADERS_TOO_LARGE = type("headers-too-large");
    public static final URI CLIENT_ERROR = type("client-error");
    public static final URI INTERNAL = type("internal-error");
    public static final URI SERVICE_UNAVAILABLE = type("service-unavailable");

    private Problems() {}

    public static URI type(String slug) {
        return URI.create(BASE + slug);
    }

    public static ProblemDetail of(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    /** The type of an error known only by its status, as the container reports it. */
    public static URI forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 431 -> HEADERS_TOO_LARGE;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : CLIENT_ERROR;
        };
    }
}
