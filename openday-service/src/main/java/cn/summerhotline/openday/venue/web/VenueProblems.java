package cn.summerhotline.openday.venue.web;

import cn.summerhotline.openday.venue.application.VenueProblem;
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

/** The venue API's refusals as problem+json in the caller's language (texts under {@code venue.*}). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class VenueProblems {

    static final URI NOT_YOUR_VENUE = Problems.type("not-your-venue");
    static final URI MAIN_VENUE_TAKEN = Problems.type("main-venue-taken");

    private final ProblemMessages messages;

    VenueProblems(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(VenueProblem.VenueNotFound.class)
    ResponseEntity<ProblemDetail> notFound(VenueProblem.VenueNotFound missing, HttpServletRequest request) {
        return messages.notFound("entity.Venue", missing.id(), request);
    }

    @ExceptionHandler(VenueProblem.YearNotFound.class)
    ResponseEntity<ProblemDetail> noYear(VenueProblem.YearNotFound missing, HttpServletRequest request) {
        return messages.notFound("entity.OpenDay", String.valueOf(missing.year()), request);
    }

    @ExceptionHandler(VenueProblem.NotYourVenue.class)
    ResponseEntity<ProblemDetail> notYours(VenueProblem.NotYourVenue refusal, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        return ProblemMessages.answer(
                messages.problem(HttpStatus.FORBIDDEN, NOT_YOUR_VENUE, locale, "venue.not-yours"), locale);
    }

    @ExceptionHandler(VenueProblem.MainVenueTaken.class)
    ResponseEntity<ProblemDetail> mainTaken(VenueProblem.MainVenueTaken conflict, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        return ProblemMessages.answer(
                messages.problem(
                        HttpStatus.CONFLICT,
                        MAIN_VENUE_TAKEN,
                        locale,
                        "venue.main-taken",
                        String.valueOf(conflict.year())),
                locale);
    }

    @ExceptionHandler(VenueProblem.Invalid.class)
    ResponseEntity<ProblemDetail> invalid(VenueProblem.Invalid invalid, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        return ProblemMessages.answer(
                messages.invalidField(locale, invalid.field(), messages.text("venue.rule." + invalid.field(), locale)),
                locale);
    }
}
