package cn.summerhotline.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Problem titles and details from the message bundles ({@code summer-platform-messages} and the service's
 * own {@code messages}): Chinese unless the caller asks for English. City bureau staff and district
 * integrators read Chinese, so a missing or unknown {@code Accept-Language} gets Chinese.
 */
public final class ProblemMessages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    public ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** English when the caller prefers it to Chinese, otherwise Chinese. */
    public static Locale locale(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return CHINESE;
        }
        Enumeration<Locale> preferred = request.getLocales();
        while (preferred.hasMoreElements()) {
            String language = preferred.nextElement().getLanguage();
            if ("en".equals(language)) {
                return Locale.ENGLISH;
            }
            if ("zh".equals(language)) {
                return CHINESE;
            }
        }
        return CHINESE;
    }

    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : CHINESE;
    }

    /** A problem whose title is the type's ({@code problem.<slug>.title}) and whose detail is the code's. */
    public ProblemDetail problem(
            HttpStatusCode status, URI type, Locale locale, String detailCode, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(type);
        problem.setTitle(title(type, status, locale));
        problem.setDetail(text(detailCode, locale, arguments));
        return problem;
    }

    /** 400 {@code invalid-request} naming one field, as the validation of a body names its fields. */
    public ProblemDetail invalidField(Locale locale, String field, String message) {
        ProblemDetail problem =
                problem(HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST, locale, "problem.invalid-request.fields");
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return problem;
    }

    /**
     * 400 {@code invalid-request} for a value a domain rule refused, naming the field: the rule's message ({@code
     * code} in the bundles, given the field as {0}), or, for a rule the bundles do not name, {@code fallbackCode}'s
     * (given the field). A model speaks English to developers; this is what a caller reads of it.
     */
    public ProblemDetail ruleViolation(Locale locale, String field, String code, String fallbackCode) {
        String message = text(code, locale, field);
        if (message.equals(code)) {
            message = text(fallbackCode, locale, field);
        }
        return invalidField(locale, field, message);
    }

    /**
     * A record the caller asked for is not there, or not theirs to see (both answer alike): 404 naming what
     * was asked for by its label ({@code entityCode} in the bundles) and its reference.
     */
    public ResponseEntity<ProblemDetail> notFound(String entityCode, Object reference, HttpServletRequest request) {
        Locale locale = locale(request);
        return answer(
                problem(
                        HttpStatus.NOT_FOUND,
                        Problems.NOT_FOUND,
                        locale,
                        "problem.not-found.record",
                        text(entityCode, locale),
                        reference),
                locale);
    }

    /** A problem as an answer, saying its language: a service's own exception handlers answer with this. */
    public static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, Locale locale) {
        return ResponseEntity.status(problem.getStatus())
                .header("Content-Language", supported(locale).toLanguageTag())
                .body(problem);
    }

    public String title(URI type, HttpStatusCode status, Locale locale) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String fallback = known == null ? String.valueOf(status.value()) : known.getReasonPhrase();
        return messages.getMessage(titleCode(type), null, fallback, supported(locale));
    }

    public String text(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, code, supported(locale));
    }

    public MessageSource source() {
        return messages;
    }

    static String titleCode(URI type) {
        String value = type.toString();
        String slug = value.startsWith(Problems.BASE) ? value.substring(Problems.BASE.length()) : value;
        return "problem." + slug + ".title";
    }
}
