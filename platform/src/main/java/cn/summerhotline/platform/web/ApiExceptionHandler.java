package cn.summerhotline.platform.web;

import cn.summerhotline.platform.idempotency.IdempotencyKeyReused;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error a service answers is {@code application/problem+json} with a stable {@code type}, in the
 * caller's language (Chinese unless English is asked for). Bad input is refused before anything changes,
 * so a 4xx never leaves a partial change behind. The mapping itself is {@link ClientErrors}, shared with
 * the error controller and the container's valve.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ClientErrors errors;
    private final ProblemMessages messages;

    public ApiExceptionHandler(ClientErrors errors, ProblemMessages messages) {
        this.errors = errors;
        this.messages = messages;
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return answer(ex, headers, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException ex, WebRequest request) {
        return respond(
                messages.problem(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, locale(request), "problem.forbidden.detail"),
                null,
                request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException ex, WebRequest request) {
        return respond(
                messages.problem(
                        HttpStatus.UNAUTHORIZED,
                        Problems.UNAUTHENTICATED,
                        locale(request),
                        "problem.unauthenticated.detail"),
                null,
                request);
    }

    /** The same key with another request: answering the earlier result would hide that this one was not done. */
    @ExceptionHandler(IdempotencyKeyReused.class)
    ResponseEntity<Object> idempotencyKeyReused(IdempotencyKeyReused ex, WebRequest request) {
        ProblemDetail problem = messages.problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                Problems.IDEMPOTENCY_KEY_REUSED,
                locale(request),
                "problem.idempotency-key-reused.detail");
        problem.setProperty("idempotencyKey", ex.key());
        return respond(problem, null, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        return answer(ex, null, request);
    }

    private ResponseEntity<Object> answer(Exception ex, HttpHeaders headers, WebRequest request) {
        Locale locale = locale(request);
        ProblemDetail problem = errors.of(ex, locale);
        if (problem == null && ex instanceof ErrorResponse response) {
            problem = response.updateAndGetBody(messages.source(), ProblemMessages.supported(locale));
        }
        if (problem == null) {
            log.error("Unexpected error", ex);
            problem = errors.internal(locale);
        } else if (problem.getStatus() >= 500) {
            log.error("Request failed: {}", problem.getDetail(), ex);
        } else {
            log.debug("Refused: {} {}", problem.getStatus(), problem.getType());
        }
        return respond(problem, headers, request);
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem, HttpHeaders headers, WebRequest request) {
        HttpHeaders answer = new HttpHeaders();
        if (headers != null) {
            answer.putAll(headers);
        }
        answer.set(HttpHeaders.CONTENT_LANGUAGE, locale(request).toLanguageTag());
        return ResponseEntity.status(problem.getStatus()).headers(answer).body(problem);
    }

    private static Locale locale(WebRequest request) {
        if (request instanceof NativeWebRequest nativeRequest
                && nativeRequest.getNativeRequest() instanceof HttpServletRequest servlet) {
            return ProblemMessages.locale(servlet);
        }
        return ProblemMessages.CHINESE;
    }
}
