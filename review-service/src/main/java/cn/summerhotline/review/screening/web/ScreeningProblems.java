package cn.summerhotline.review.screening.web;

import cn.summerhotline.platform.web.ProblemMessages;
import cn.summerhotline.platform.web.Problems;
import cn.summerhotline.review.screening.application.ConcurrentListChange;
import cn.summerhotline.review.screening.application.InvalidScreeningWords;
import cn.summerhotline.review.screening.application.ScreeningWordConflict;
import cn.summerhotline.review.screening.application.ScreeningWordNotFound;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * The pre-screen's refusals as problem+json in the caller's language: a 400 names each field and its rule
 * ({@code screening.rule.<rule>}), a 409 the entry already listed.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScreeningProblems {

    static final URI WORD_CONFLICT = Problems.type("screening-word-conflict");
    static final URI CONCURRENT_UPDATE = Problems.type("concurrent-update");

    private final ProblemMessages messages;

    ScreeningProblems(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidScreeningWords.class)
    ResponseEntity<ProblemDetail> invalid(InvalidScreeningWords invalid, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        List<Map<String, String>> errors = new ArrayList<>();
        for (InvalidScreeningWords.Violation violation : invalid.violations()) {
            List<Object> arguments = new ArrayList<>();
            arguments.add(violation.field());
            arguments.addAll(violation.arguments());
            errors.add(Map.of(
                    "field",
                    violation.field(),
                    "message",
                    messages.text("screening.rule." + violation.rule(), locale, arguments.toArray())));
        }
        ProblemDetail problem = messages.problem(
                HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST, locale, "problem.invalid-request.fields");
        problem.setProperty("errors", errors);
        return ProblemMessages.answer(problem, locale);
    }

    @ExceptionHandler(ScreeningWordConflict.class)
    ResponseEntity<ProblemDetail> conflict(ScreeningWordConflict conflict, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        var existing = conflict.existing();
        ProblemDetail problem = messages.problem(
                HttpStatus.CONFLICT,
                WORD_CONFLICT,
                locale,
                "screening.conflict",
                conflict.requested().word(),
                existing.word(),
                existing.tag(),
                existing.action().name());
        problem.setProperty("field", conflict.field());
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", existing.id());
        entry.put("word", existing.word());
        entry.put("tag", existing.tag());
        entry.put("action", existing.action().name());
        problem.setProperty("existing", entry);
        return ProblemMessages.answer(problem, locale);
    }

    @ExceptionHandler(ConcurrentListChange.class)
    ResponseEntity<ProblemDetail> concurrent(ConcurrentListChange raced, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        return ProblemMessages.answer(
                messages.problem(HttpStatus.CONFLICT, CONCURRENT_UPDATE, locale, "screening.concurrent-change"),
                locale);
    }

    @ExceptionHandler(ScreeningWordNotFound.class)
    ResponseEntity<ProblemDetail> notFound(ScreeningWordNotFound missing, HttpServletRequest request) {
        return messages.notFound("entity.ScreeningWord", missing.id(), request);
    }
}
