package cn.summerhotline.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * One mapping from what went wrong to the problem the caller reads, used by the controller advice, the
 * error controller ({@code /error}, for what fails before or outside the dispatcher) and the container's
 * error valve alike, so the same mistake gets the same {@code type} whichever layer caught it.
 */
public final class ClientErrors {

    private final ProblemMessages messages;
    private final long maxBodyBytes;

    public ClientErrors(ProblemMessages messages, long maxBodyBytes) {
        this.messages = messages;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The problem for a failure the caller caused, or {@code null} when it is not one (a defect: 500). */
    public ProblemDetail of(Throwable failure, Locale locale) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            ProblemDetail problem = direct(cause, locale);
            if (problem != null) {
                return problem;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    /** The problem for an error the container knows only by its status. */
    public ProblemDetail ofStatus(int status, Locale locale) {
        HttpStatusCode code = HttpStatusCode.valueOf(status);
        String detail = switch (status) {
            case 400 -> "problem.bad-request.detail";
            case 404 -> "problem.not-found.detail";
            case 405 -> "problem.method-not-allowed.any";
            case 413 -> "problem.payload-too-large.detail";
            case 414 -> "problem.uri-too-long.detail";
            case 431 -> "problem.headers-too-large.detail";
            case 503 -> "problem.service-unavailable.detail";
            default -> status >= 500 ? "problem.internal-error.detail" : "problem.client-error.detail";
        };
        return messages.problem(code, Problems.forStatus(status), locale, detail, maxBodyBytes);
    }

    public ProblemDetail internal(Locale locale) {
        return ofStatus(500, locale);
    }

    private ProblemDetail direct(Throwable failure, Locale locale) {
        if (failure instanceof PayloadTooLargeException || failure instanceof MaxUploadSizeExceededException) {
            return problem(
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    Problems.PAYLOAD_TOO_LARGE,
                    locale,
                    "problem.payload-too-large.detail",
                    maxBodyBytes);
        }
        if (failure instanceof BindingResult result) {
            return invalid(locale, "problem.invalid-request.fields", fieldErrors(result, locale));
        }
        if (failure instanceof HandlerMethodValidationException validation) {
            // A request body validated next to constrained parameters comes as ParameterErrors: its errors name
            // the body's fields, which is what the caller must correct, not the Java parameter holding the body.
            List<Map<String, String>> errors = validation.getParameterValidationResults().stream()
                    .flatMap(result -> result instanceof ParameterErrors body
                            ? fieldErrors(body, locale).stream()
                            : result.getResolvableErrors().stream()
                                    .map(error -> error(
                                            String.valueOf(
                                                    result.getMethodParameter().getParameterName()),
                                            messages.source().getMessage(error, ProblemMessages.supported(locale)))))
                    .toList();
            return invalid(locale, "problem.invalid-request.parameters", errors);
        }
        if (failure instanceof MissingServletRequestParameterException missing) {
            return invalid(locale, "problem.invalid-request.required-parameter", null, missing.getParameterName());
        }
        if (failure instanceof MissingRequestHeaderException missing) {
            return invalid(locale, "problem.invalid-request.required-header", null, missing.getHeaderName());
        }
        if (failure instanceof TypeMismatchException mismatch) {
            String name = mismatch.getPropertyName() == null ? "?" : mismatch.getPropertyName();
            return invalid(locale, "problem.invalid-request.parameter", null, name);
        }
        if (failure instanceof ServletRequestBindingException) {
            return invalid(locale, "problem.invalid-request.binding", null);
        }
        if (failure instanceof HttpMessageNotReadableException || failure instanceof JacksonException) {
            return malformed(failure, locale);
        }
        if (failure instanceof NoResourceFoundException || failure instanceof NoHandlerFoundException) {
            return problem(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, locale, "problem.not-found.detail");
        }
        if (failure instanceof HttpRequestMethodNotSupportedException unsupported) {
            return problem(
                    HttpStatus.METHOD_NOT_ALLOWED,
                    Problems.METHOD_NOT_ALLOWED,
                    locale,
                    "problem.method-not-allowed.detail",
                    unsupported.getMethod());
        }
        if (failure instanceof HttpMediaTypeNotAcceptableException) {
            return problem(HttpStatus.NOT_ACCEPTABLE, Problems.NOT_ACCEPTABLE, locale, "problem.not-acceptable.detail");
        }
        if (failure instanceof HttpMediaTypeNotSupportedException unsupported) {
            return problem(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    Problems.UNSUPPORTED_MEDIA_TYPE,
                    locale,
                    "problem.unsupported-media-type.detail",
                    unsupported.getSupportedMediaTypes().isEmpty()
                            ? "application/json"
                            : unsupported.getSupportedMediaTypes().get(0).toString());
        }
        if (failure instanceof InvalidParameterException invalid) {
            // Tomcat could not parse the query string or form body: over its size limit, or broken encoding.
            return invalid.getErrorCode() == 413
                    ? problem(
                            HttpStatus.PAYLOAD_TOO_LARGE,
                            Problems.PAYLOAD_TOO_LARGE,
                            locale,
                            "problem.payload-too-large.detail",
                            maxBodyBytes)
                    : problem(
                            HttpStatus.BAD_REQUEST,
                            Problems.INVALID_REQUEST,
                            locale,
                            "problem.invalid-request.unparsable-parameters");
        }
        if (failure instanceof RequestRejectedException) {
            return problem(HttpStatus.BAD_REQUEST, Problems.BAD_REQUEST, locale, "problem.bad-request.rejected");
        }
        if (failure instanceof ErrorResponse response
                && response.getStatusCode().is4xxClientError()) {
            return response.updateAndGetBody(messages.source(), ProblemMessages.supported(locale));
        }
        return null;
    }

    private ProblemDetail malformed(Throwable failure, Locale locale) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException) {
                return direct(cause, locale);
            }
            if (cause instanceof DatabindException databind
                    && !databind.getPath().isEmpty()) {
                String path = path(databind);
                ProblemDetail problem = problem(
                        HttpStatus.BAD_REQUEST,
                        Problems.MALFORMED_REQUEST,
                        locale,
                        "problem.malformed-request.field",
                        path);
                problem.setProperty(
                        "errors", List.of(error(path, messages.text("problem.malformed-request.value", locale))));
                return problem;
            }
        }
        return problem(HttpStatus.BAD_REQUEST, Problems.MALFORMED_REQUEST, locale, "problem.malformed-request.detail");
    }

    /** {@code reporter.phone} or {@code items[2].name}, as an integrator would write the field. */
    private static String path(DatabindException databind) {
        StringBuilder path = new StringBuilder();
        for (var reference : databind.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private List<Map<String, String>> fieldErrors(Errors result, Locale locale) {
        Locale language = ProblemMessages.supported(locale);
        return result.getAllErrors().stream()
                .map(error -> error(
                        error instanceof FieldError field ? field.getField() : error.getObjectName(),
                        message(error, language)))
                .toList();
    }

    private String message(ObjectError error, Locale language) {
        if (error instanceof FieldError field && field.isBindingFailure()) {
            return messages.text("problem.malformed-request.value", language);
        }
        return messages.source().getMessage(error, language);
    }

    private ProblemDetail invalid(
            Locale locale, String detailCode, List<Map<String, String>> errors, Object... arguments) {
        ProblemDetail problem =
                problem(HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST, locale, detailCode, arguments);
        if (errors != null) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    private ProblemDetail problem(
            HttpStatus status, java.net.URI type, Locale locale, String detailCode, Object... arguments) {
        return messages.problem(status, type, locale, detailCode, arguments);
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message == null ? "" : message);
    }
}
