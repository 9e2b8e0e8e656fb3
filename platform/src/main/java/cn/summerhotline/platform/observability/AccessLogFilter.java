package cn.summerhotline.platform.observability;

import cn.summerhotline.platform.web.RequestIdFilter;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.catalina.connector.ResponseFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.util.ClassUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One line per request on the {@code cn.summerhotline.access} logger: method, path without its query (query
 * values may carry personal data), status, duration, bytes sent, request id and the token's subject. Runs
 * right after {@link RequestIdFilter}, so the line carries the request id in the logging context too, and
 * around security, so that refusals are logged as well.
 */
final class AccessLogFilter extends OncePerRequestFilter {

    static final String LOGGER = "cn.summerhotline.access";

    /** Where {@link AccessLogSubject} leaves the subject: security clears its context before this filter logs. */
    static final String SUBJECT = AccessLogFilter.class.getName() + ".subject";

    private static final Logger log = LoggerFactory.getLogger(LOGGER);
    private static final int LONGEST_PATH = 256;
    private static final boolean TOMCAT = ClassUtils.isPresent(
            "org.apache.catalina.connector.ResponseFacade", AccessLogFilter.class.getClassLoader());

    private final Set<String> quietPaths;

    AccessLogFilter(Set<String> quietPaths) {
        this.quietPaths = Set.copyOf(quietPaths);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !log.isInfoEnabled() || quietPaths.contains(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            if (request.isAsyncStarted()) {
                // Streamed answers (server-sent events) end later, on another thread: log them then.
                String requestId = MDC.get(RequestIdFilter.MDC_KEY);
                request.getAsyncContext().addListener(new Completion(request, response, started, requestId));
            } else {
                // An exception that got this far becomes the container's 500.
                write(request, response, started, failed ? 500 : response.getStatus());
            }
        }
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, long started, int status) {
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        String path = request.getRequestURI();
        if (path.length() > LONGEST_PATH) {
            path = path.substring(0, LONGEST_PATH) + "...";
        }
        Object subject = request.getAttribute(SUBJECT);
        log.info(
                "{} {} {} {}ms {} request_id={} subject={}",
                request.getMethod(),
                path,
                status,
                millis,
                bytes(response),
                response.getHeader(RequestIdFilter.HEADER),
                subject == null ? "-" : subject);
    }

    /** The bytes of the body as far as they are known: what Tomcat counted, else the declared length. */
    private static String bytes(ServletResponse response) {
        ServletResponse inner = response;
        while (inner instanceof ServletResponseWrapper wrapper) {
            inner = wrapper.getResponse();
        }
        if (TOMCAT && inner instanceof ResponseFacade tomcat) {
            return tomcat.getContentWritten() + "B";
        }
        String declared = response instanceof HttpServletResponse http ? http.getHeader("Content-Length") : null;
        return declared == null ? "-" : declared + "B";
    }

    private record Completion(HttpServletRequest request, HttpServletResponse response, long started, String requestId)
            implements AsyncListener {

        @Override
        public void onComplete(AsyncEvent event) {
            if (requestId != null) {
                MDC.put(RequestIdFilter.MDC_KEY, requestId);
            }
            try {
                write(request, response, started, response.getStatus());
            } finally {
                MDC.remove(RequestIdFilter.MDC_KEY);
            }
        }

        @Override
        public void onTimeout(AsyncEvent event) {}

        @Override
        public void onError(AsyncEvent event) {}

        @Override
        public void onStartAsync(AsyncEvent event) {}
    }
}
