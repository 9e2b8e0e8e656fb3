package cn.summerhotline.platform.clients;

import cn.summerhotline.platform.web.ApiProblem;
import cn.summerhotline.platform.web.Problems;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * What a call to another service could not get: the service was down, too slow, failing (5xx), overloaded, or its
 * breaker is open. The caller reads 503 problem+json naming the service and the operation ({@code service},
 * {@code operation}), with {@code Retry-After}: the failure is not theirs, and trying again later may work.
 */
public class DependencyUnavailable extends ApiProblem {

    private final String service;
    private final String operation;

    public DependencyUnavailable(String service, String operation, Duration retryAfter, Throwable cause) {
        super(
                HttpStatus.SERVICE_UNAVAILABLE,
                Problems.SERVICE_UNAVAILABLE,
                cause,
                "problem.service-unavailable.dependency",
                Names.service(service),
                Names.operation(service, operation));
        this.service = service;
        this.operation = operation;
        with("service", service);
        with("operation", operation);
        getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfter.toSeconds())));
    }

    public String service() {
        return service;
    }

    public String operation() {
        return operation;
    }

    @Override
    public String getMessage() {
        return service + "." + operation + " unavailable: "
                + (getCause() == null ? "no cause" : getCause().toString());
    }
}
