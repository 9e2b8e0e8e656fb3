package cn.summerhotline.complaint.open311;

import cn.summerhotline.complaint.model.ComplaintRuleViolation;
import cn.summerhotline.platform.idempotency.IdempotencyKeyReused;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the GeoReport endpoints as the specification has them: the HTTP status, and a list of {@code code}
 * and {@code description} in the requested format (not problem+json, which GeoReport clients do not read).
 */
@RestControllerAdvice(basePackageClasses = Open311Errors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {

    private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);

    @ExceptionHandler(Open311Error.class)
    ResponseEntity<String> open311(Open311Error error, HttpServletRequest request) {
        return render(error.code(), error.getMessage(), request);
    }

    @ExceptionHandler(ComplaintRuleViolation.class)
    ResponseEntity<String> invalid(ComplaintRuleViolation violation, HttpServletRequest request) {
        return render(400, violation.field() + ": " + violation.getMessage(), request);
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ResponseEntity<String> keyReused(IdempotencyKeyReused reused, HttpServletRequest request) {
        return render(422, "The Idempotency-Key was used for another request", request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<String> missing(MissingServletRequestParameterException missing, HttpServletRequest request) {
        return render(400, missing.getParameterName() + " is required", request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<String> forbidden(AccessDeniedException denied, HttpServletRequest request) {
        return render(403, "The api_key does not allow this request", request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<String> unauthenticated(AuthenticationException e, HttpServletRequest request) {
        return render(401, "A valid api_key or bearer token is required", request);
    }

    @ExceptionHandler(ErrorResponseException.class)
    ResponseEntity<String> problem(ErrorResponseException problem, HttpServletRequest request) {
        String detail = problem.getBody().getDetail();
        return render(problem.getStatusCode().value(), detail == null ? "Request refused" : detail, request);
    }

    /**
     * Tomcat refuses a form it will not parse (larger than the container's form size limit: 413; too many
     * fields: 400) when the parameters are first read; answered in the GeoReport format, not as a 500.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<String> unreadableForm(InvalidParameterException e, HttpServletRequest request) {
        int code = e.getErrorCode() >= 400 && e.getErrorCode() < 500 ? e.getErrorCode() : 400;
        return render(code, code == 413 ? "The form is too large" : "The form cannot be read", request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error in a GeoReport request", e);
        return render(500, "The request could not be completed", request);
    }

    private static ResponseEntity<String> render(int code, String description, HttpServletRequest request) {
        return Open311Format.ofPath(request.getRequestURI())
                .render(
                        HttpStatusCode.valueOf(code),
                        "errors",
                        List.of(GeoReportMapping.fields("code", code, "description", description)));
    }
}
