package cn.summerhotline.publicity.refusals.web;

import cn.summerhotline.platform.web.ProblemMessages;
import cn.summerhotline.platform.web.Problems;
import cn.summerhotline.publicity.refusals.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every feature's {@link Refusal} as problem+json: 404, 400, 403 or 409, titled by its type, told by its code. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusalProblems {

    private final ProblemMessages messages;

    RefusalProblems(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refusal(Refusal refusal, HttpServletRequest request) {
        if (refusal.kind() == Refusal.Kind.NOT_FOUND) {
            return messages.notFound("entity." + refusal.code(), refusal.arguments()[0], request);
        }
        Locale locale = ProblemMessages.locale(request);
        HttpStatus status = switch (refusal.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.CONFLICT;
        };
        ProblemDetail problem =
                messages.problem(status, Problems.type(refusal.type()), locale, refusal.code(), refusal.arguments());
        return ProblemMessages.answer(problem, locale);
    }
}
