package cn.summerhotline.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /error}: what failed outside the dispatcher (a filter, the security firewall, the container's
 * own refusals such as TRACE) answers problem+json like everything else, instead of Boot's default JSON.
 * Asked for directly, it is a path like any unknown one: 404.
 */
@Hidden
@RestController
final class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final ClientErrors errors;
    private final ProblemWriter writer;

    ProblemErrorController(ClientErrors errors, ProblemWriter writer) {
        this.errors = errors;
        this.writer = writer;
    }

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 404;
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        var locale = ProblemMessages.locale(request);
        ProblemDetail problem = failure == null ? null : errors.of(failure, locale);
        if (problem == null) {
            problem = errors.ofStatus(status < 400 ? 500 : status, locale);
        }
        if (problem.getStatus() >= 500) {
            log.error("Request {} failed outside the dispatcher", response.getHeader(RequestIdFilter.HEADER), failure);
        }
        writer.write(request, response, problem);
    }
}
