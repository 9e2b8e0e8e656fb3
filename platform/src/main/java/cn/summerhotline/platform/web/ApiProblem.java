package cn.summerhotline.platform.web;

import java.net.URI;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal a service answers with as {@code application/problem+json}. Its detail is a message code of
 * the service's bundles ({@code messages.properties} in Chinese, {@code messages_en.properties} in
 * English) and its title the type's ({@code problem.<slug>.title}); both are resolved in the caller's
 * language when the answer is written.
 */
public class ApiProblem extends ErrorResponseException {

    public ApiProblem(HttpStatus status, URI type, String detailCode, Object... arguments) {
        this(status, type, null, detailCode, arguments);
    }

    /** With the failure that caused it, for the log (the caller sees the problem only). */
    protected ApiProblem(HttpStatus status, URI type, Throwable cause, String detailCode, Object... arguments) {
        super(status, body(status, type, detailCode), cause, detailCode, arguments);
    }

    public ApiProblem with(String property, Object value) {
        getBody().setProperty(property, value);
        return this;
    }

    @Override
    public String getTitleMessageCode() {
        return ProblemMessages.titleCode(getBody().getType());
    }

    /** 404 for a record that does not exist or that the caller may not see: the two look the same. */
    public static ApiProblem notFound(String what, Object id) {
        // The kind of record is itself a message ("entity.<What>"), so the detail reads whole in either language.
        return new ApiProblem(
                HttpStatus.NOT_FOUND,
                Problems.NOT_FOUND,
                "problem.not-found.record",
                new DefaultMessageSourceResolvable(new String[] {"entity." + what}, what),
                id);
    }

    public static ApiProblem conflict(URI type, String detailCode, Object... arguments) {
        return new ApiProblem(HttpStatus.CONFLICT, type, detailCode, arguments);
    }

    public static ApiProblem badRequest(String detailCode, Object... arguments) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST, detailCode, arguments);
    }

    public ProblemDetail problem() {
        return getBody();
    }

    private static ProblemDetail body(HttpStatus status, URI type, String detailCode) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detailCode);
        problem.setType(type);
        return problem;
    }
}
