package cn.summerhotline.platform.clients;

import cn.summerhotline.platform.web.ApiProblem;
import cn.summerhotline.platform.web.Problems;
import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * An error answer of another service ({@code application/problem+json} or not), as the problem the caller of
 * this service reads. The callee's answer is kept ({@link #remoteStatus()}, type, title, detail) for code that
 * wants to act on it; what the caller sees follows from what it means for them:
 *
 * <ul>
 *   <li>404/410: the record the request refers to does not exist: 404 to the caller too, the callee's detail
 *       (in the caller's language, which the call passed on) naming what is missing;
 *   <li>403: the caller's own token, passed on, may not do this there: 403; 409: the record's state refuses it:
 *       409;
 *   <li>another 4xx: this service sent a request the other cannot take, a defect of ours rather than the
 *       caller's: 500, logged with the callee's answer;
 *   <li>5xx, 408, 429: the callee failed or is overloaded ({@link #calleeFailed()}): counted by the breaker and
 *       answered as {@link DependencyUnavailable}.
 * </ul>
 */
public class RemoteProblem extends ApiProblem {

    private final String service;
    private final String operation;
    private final int remoteStatus;
    private final URI remoteType;
    private final String remoteTitle;
    private final String remoteDetail;

    public RemoteProblem(String service, String operation, int status, URI type, String title, String detail) {
        super(
                answer(status),
                type(answer(status)),
                detailCode(answer(status)),
                Names.service(service),
                // The callee's own words name the missing record best; without them, what was asked for.
                detail == null || detail.isBlank() || calleeFailed(status)
                        ? Names.operation(service, operation)
                        : detail);
        this.service = service;
        this.operation = operation;
        this.remoteStatus = status;
        this.remoteType = type;
        this.remoteTitle = title;
        this.remoteDetail = detail;
        with("service", service);
    }

    /** The callee failed or is overloaded, rather than refusing this one request: a breaker counts it. */
    public boolean calleeFailed() {
        return calleeFailed(remoteStatus);
    }

    public String service() {
        return service;
    }

    public String operation() {
        return operation;
    }

    public int remoteStatus() {
        return remoteStatus;
    }

    public URI remoteType() {
        return remoteType;
    }

    public String remoteTitle() {
        return remoteTitle;
    }

    public String remoteDetail() {
        return remoteDetail;
    }

    @Override
    public String getMessage() {
        return service + "." + operation + " answered " + remoteStatus + " " + remoteType + ": " + remoteTitle + " - "
                + remoteDetail;
    }

    private static boolean calleeFailed(int status) {
        return status >= 500 || status == 408 || status == 429;
    }

    private static HttpStatus answer(int status) {
        return switch (status) {
            case 404, 410 -> HttpStatus.NOT_FOUND;
            case 403 -> HttpStatus.FORBIDDEN;
            case 409 -> HttpStatus.CONFLICT;
            default -> calleeFailed(status) ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }

    private static URI type(HttpStatus answer) {
        return switch (answer) {
            case NOT_FOUND -> Problems.NOT_FOUND;
            case FORBIDDEN -> Problems.FORBIDDEN;
            case CONFLICT -> Problems.CONFLICT;
            case SERVICE_UNAVAILABLE -> Problems.SERVICE_UNAVAILABLE;
            default -> Problems.INTERNAL;
        };
    }

    private static String detailCode(HttpStatus answer) {
        return switch (answer) {
            case NOT_FOUND -> "problem.not-found.remote";
            case FORBIDDEN -> "problem.forbidden.remote";
            case CONFLICT -> "problem.conflict.remote";
            case SERVICE_UNAVAILABLE -> "problem.service-unavailable.dependency";
            default -> "problem.internal-error.detail";
        };
    }
}
