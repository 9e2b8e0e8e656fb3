package cn.summerhotline.openday.openday.web;

import cn.summerhotline.openday.openday.application.OpenDayProblem;
import cn.summerhotline.platform.web.ProblemMessages;
import cn.summerhotline.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The open day API's refusals as problem+json in the caller's language (texts under {@code openday.*}). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class OpenDayProblems {

    static final URI OTHER_UNIT = Problems.type("not-your-unit");

    private final ProblemMessages messages;

    OpenDayProblems(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(OpenDayProblem.NotFound.class)
    ResponseEntity<ProblemDetail> notFound(OpenDayProblem.NotFound missing, HttpServletRequest request) {
        return messages.notFound("entity.OpenDay", String.valueOf(missing.year()), request);
    }

    @ExceptionHandler(OpenDayProblem.NotYourUnit.class)
    ResponseEntity<ProblemDetail> notYours(OpenDayProblem.NotYourUnit refusal, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        return ProblemMessages.answer(
                messages.problem(HttpStatus.FORBIDDEN, OTHER_UNIT, locale, "openday.not-your-unit"), locale);
    }

    @ExceptionHandler(OpenDayProblem.Invalid.class)
    ResponseEntity<ProblemDetail> invalid(OpenDayProblem.Invalid invalid, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        return ProblemMessages.answer(
                messages.invalidField(
                        locale, invalid.field(), messages.text("openday.rule." + invalid.field(), locale)),
                locale);
    }
}
