package cn.summerhotline.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.ExceptionUtils;

/**
 * Tomcat's last word: requests it refuses before any application code runs (a {@code %00} or overlong
 * UTF-8 in the path, a {@code [} in the query, oversized headers) get problem+json instead of its HTML
 * page. Errors the application raised have gone through {@code /error} already and are left alone.
 */
final class ProblemErrorReportValve extends ErrorReportValve {

    private final ClientErrors errors;
    private final ProblemWriter writer;

    ProblemErrorReportValve(ClientErrors errors, ProblemWriter writer) {
        this.errors = errors;
        this.writer = writer;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            HttpServletResponse servletResponse = response.getResponse();
            writer.write(
                    request.getRequest(), servletResponse, errors.ofStatus(status, ProblemMessages.locale(request)));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            ExceptionUtils.handleThrowable(e);
        }
    }
}
