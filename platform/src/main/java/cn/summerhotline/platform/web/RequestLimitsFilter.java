package cn.summerhotline.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Enumeration;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads them, bodies over the documented limit (413), parameter names that are
 * not plain names (400: {@code district[$ne]=x} or {@code district.x=1} would otherwise reach data binding
 * as nested property paths) and parameter values with control characters (400, as in JSON texts). A body
 * without a length is counted as it is read.
 */
final class RequestLimitsFilter extends OncePerRequestFilter {

    // Plain names, or one plain key in brackets as GeoReport v2's attribute[code]; nothing is bound by path.
    private static final Pattern PARAMETER_NAME =
            Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,63}(\\[[A-Za-z0-9_-]{1,64}])?");

    private final long maxBodyBytes;
    private final ClientErrors errors;
    private final ProblemWriter writer;

    RequestLimitsFilter(long maxBodyBytes, ClientErrors errors, ProblemWriter writer) {
        this.maxBodyBytes = maxBodyBytes;
        this.errors = errors;
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            writer.write(request, response, errors.ofStatus(413, ProblemMessages.locale(request)));
            return;
        }
        HttpServletRequest limited = new LimitedBody(request, maxBodyBytes);
        Refusal refused;
        try {
            refused = refusal(limited);
        } catch (RuntimeException unparsable) {
            // Tomcat failed to parse the query string or form body: map what it says (400 or 413).
            var problem = errors.of(unparsable, ProblemMessages.locale(request));
            if (problem == null) {
                throw unparsable;
            }
            writer.write(request, response, problem);
            return;
        }
        if (refused != null) {
            var locale = ProblemMessages.locale(request);
            var problem = writer.messages()
                    .problem(
                            org.springframework.http.HttpStatus.BAD_REQUEST,
                            Problems.INVALID_REQUEST,
                            locale,
                            refused.code(),
                            refused.parameter().length() > 64
                                    ? refused.parameter().substring(0, 64) + "…"
                                    : refused.parameter());
            writer.write(request, response, problem);
            return;
        }
        chain.doFilter(limited, response);
    }

    /** The first parameter with a name that is not plain, or with a control character in a value. */
    private static Refusal refusal(HttpServletRequest request) {
        Enumeration<String> names = request.getParameterNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            if (!PARAMETER_NAME.matcher(name).matches()) {
                return new Refusal("problem.invalid-request.parameter-name", name);
            }
            for (String value : request.getParameterValues(name)) {
                if (StrictJson.hasRefusedControl(value)) {
                    return new Refusal("problem.invalid-request.parameter-control", name);
                }
            }
        }
        return null;
    }

    private record Refusal(String code, String parameter) {}

    private static final class LimitedBody extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws PayloadTooLargeException {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
