package cn.summerhotline.review.audit.web;

import cn.summerhotline.platform.web.ProblemMessages;
import cn.summerhotline.platform.web.Problems;
import cn.summerhotline.review.audit.application.InvalidPeriod;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A period the export or the statistics cannot cover answers 400 as every invalid parameter does: {@code
 * invalid-request}, naming the parameter in {@code errors}, in the caller's language.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditProblems {

    private final ProblemMessages messages;

    AuditProblems(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidPeriod.class)
    ResponseEntity<ProblemDetail> invalidPeriod(InvalidPeriod invalid, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        String code = "audit.period." + invalid.kind();
        ProblemDetail problem = messages.problem(
                HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST, locale, code, invalid.from(), invalid.to());
        problem.setProperty(
                "errors",
                List.of(Map.of("field", "to", "message", messages.text(code, locale, invalid.from(), invalid.to()))));
        return ResponseEntity.badRequest()
                .header("Content-Language", locale.toLanguageTag())
                .body(problem);
    }
}
