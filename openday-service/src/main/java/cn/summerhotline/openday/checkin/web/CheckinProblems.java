package cn.summerhotline.openday.checkin.web;

import cn.summerhotline.openday.checkin.application.CheckinRefused;
import cn.summerhotline.platform.web.ProblemMessages;
import cn.summerhotline.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused check-in: 409 {@code already-checked-in} naming when the first happened, or {@code checkin-refused}. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CheckinProblems {

    static final URI ALREADY = Problems.type("already-checked-in");
    static final URI REFUSED = Problems.type("checkin-refused");

    private static final DateTimeFormatter LOCAL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private final ProblemMessages messages;

    CheckinProblems(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(CheckinRefused.class)
    ResponseEntity<ProblemDetail> refused(CheckinRefused refusal, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        boolean already = refusal.reason() == CheckinRefused.Reason.ALREADY_CHECKED_IN;
        ProblemDetail problem = messages.problem(
                HttpStatus.CONFLICT,
                already ? ALREADY : REFUSED,
                locale,
                "checkin.refused." + refusal.reason(),
                refusal.firstAt() == null ? "" : LOCAL.format(refusal.firstAt()));
        problem.setProperty("reason", refusal.reason().name());
        if (refusal.firstAt() != null) {
            problem.setProperty("firstCheckedInAt", refusal.firstAt().toString());
            problem.setProperty("firstCheckinId", refusal.firstId());
        }
        return ProblemMessages.answer(problem, locale);
    }
}
