package cn.summerhotline.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal a service answers with as {@code application/problem+json}. Thrown from the application layer;
 * the domain model throws its own exceptions, which the service maps to these.
 */
public class ApiProblem extends ErrorResponseException {

    public ApiProblem(HttpStatus status, URI type, String title, String detail) {
        super(status, Problems.of(status, type, title, detail), null);
    }

    public ApiProblem with(String property, Object value) {
        getBody().setProperty(property, value);
        return this;
    }

    /** 404 for a record that does not exist or that the caller may not see: the two look the same. */
    public static ApiProblem notFound(String what, Object id) {
        return new ApiProblem(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Not found", what + " " + id + " not found");
    }

    public static ApiProblem conflict(URI type, String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, type, "Conflict", detail);
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST, "Invalid request", detail);
    }

    public ProblemDetail problem() {
        return getBody();
    }
}
