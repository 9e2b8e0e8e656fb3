package cn.summerhotline.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem where no controller advice runs: in the filters, before the dispatcher. */
public final class ProblemWriter {

    private final JsonMapper json;
    private final ProblemMessages messages;

    public ProblemWriter(JsonMapper json, ProblemMessages messages) {
        this.json = json;
        this.messages = messages;
    }

    public ProblemMessages messages() {
        return messages;
    }

    /** The problem of that type with its detail code, in the caller's language. */
    public void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            java.net.URI type,
            String detailCode)
            throws IOException {
        write(request, response, messages.problem(status, type, ProblemMessages.locale(request), detailCode));
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        Locale locale = ProblemMessages.locale(request);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
        if (HttpMethod.HEAD.matches(request.getMethod())) {
            return;
        }
        // Bytes, not a writer: JSON is UTF-8 by definition and the media type carries no charset.
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
