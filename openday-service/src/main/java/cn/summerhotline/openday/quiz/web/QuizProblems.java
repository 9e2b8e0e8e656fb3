package cn.summerhotline.openday.quiz.web;

import cn.summerhotline.openday.quiz.application.AlreadyAttempted;
import cn.summerhotline.openday.quiz.application.QuizClosed;
import cn.summerhotline.openday.quiz.application.QuizNotFound;
import cn.summerhotline.openday.quiz.model.QuizRuleViolation;
import cn.summerhotline.platform.web.ProblemMessages;
import cn.summerhotline.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The quizzes' refusals as problem+json, in the caller's language. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class QuizProblems {

    private final ProblemMessages messages;

    QuizProblems(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(AlreadyAttempted.class)
    ResponseEntity<ProblemDetail> repeat(AlreadyAttempted refused, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        return ProblemMessages.answer(
                messages.problem(
                        HttpStatus.CONFLICT, Problems.type("already-attempted"), locale, "quiz.already-attempted"),
                locale);
    }

    @ExceptionHandler(QuizClosed.class)
    ResponseEntity<ProblemDetail> closed(QuizClosed refused, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        return ProblemMessages.answer(
                messages.problem(HttpStatus.CONFLICT, Problems.type("quiz-closed"), locale, "quiz.closed"), locale);
    }

    @ExceptionHandler(QuizNotFound.class)
    ResponseEntity<ProblemDetail> notFound(QuizNotFound missing, HttpServletRequest request) {
        return messages.notFound("entity.Quiz", missing.id(), request);
    }

    @ExceptionHandler(QuizRuleViolation.class)
    ResponseEntity<ProblemDetail> rule(QuizRuleViolation refused, HttpServletRequest request) {
        Locale locale = ProblemMessages.locale(request);
        return ProblemMessages.answer(
                messages.ruleViolation(locale, refused.field(), "quiz.rule." + refused.field(), "quiz.rule"), locale);
    }
}
