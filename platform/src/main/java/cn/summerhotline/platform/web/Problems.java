package cn.summerhotline.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The stable {@code type} URIs of the errors every service shares (RFC 9457). A service adds its own
 * types under the same base.
 */
public final class Problems {

    public static final String BASE = "https://summerhotline.cn/problems/";

    public static final URI UNAUTHENTICATED = type("unauthenticated");
    public static final URI FORBIDDEN = type("forbidden");
    public static final URI NOT_FOUND = type("not-found");
    public static final URI MALFORMED_REQUEST = type("malformed-request");
    public static final URI INVALID_REQUEST = type("invalid-request");
    public static final URI CONFLICT = type("conflict");
    public static final URI METHOD_NOT_ALLOWED = type("method-not-allowed");
    public static final URI UNSUPPORTED_MEDIA_TYPE = type("unsupported-media-type");
    public static final URI INTERNAL = type("internal-error");

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
}
