package cn.summerhotline.gateway.requestid;

import cn.summerhotline.gateway.headers.SecurityHeaders;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.MDC;
import org.springframework.web.server.ServerWebExchange;

/** The {@code X-Request-Id} that follows one request through the gateway, the services and their logs. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String ATTRIBUTE = RequestIds.class.getName() + ".id";
    public static final String MDC_KEY = "requestId";
    /** The path the client asked for, kept for errors answered after a forward (fallbacks). */
    public static final String ORIGINAL_PATH_ATTRIBUTE = RequestIds.class.getName() + ".path";

    private static final int MAX_LENGTH = 128;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private RequestIds() {}

    /**
     * A caller's id is kept when it cannot break a log line or a header: 1-128 characters out of
     * letters, digits and {@code - _ . :}.
     */
    public static boolean isWellFormed(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_'
                    || c == '.'
                    || c == ':';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * A random UUID-shaped id. Not {@link java.util.UUID#randomUUID()}: an id needs no secure random
     * source, and that one is shared by every thread of the event loop.
     */
    public static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        char[] out = new char[36];
        int pos = 0;
        for (int i = 60; i >= 0; i -= 4) {
            if (pos == 8 || pos == 13 || pos == 18) {
                out[pos++] = '-';
            }
            out[pos++] = HEX[(int) (high >>> i) & 0xF];
        }
        out[pos++] = '-';
        for (int i = 60; i >= 0; i -= 4) {
            if (pos == 23) {
                out[pos++] = '-';
            }
            out[pos++] = HEX[(int) (low >>> i) & 0xF];
        }
        return new String(out);
    }

    public static String of(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }

    public static String originalPath(ServerWebExchange exchange) {
        String path = exchange.getAttribute(ORIGINAL_PATH_ATTRIBUTE);
        return path != null ? path : exchange.getRequest().getURI().getRawPath();
    }

    /** Puts the id and the security headers back on a response whose headers were reset (errors, fallbacks). */
    public static void echo(ServerWebExchange exchange) {
        String id = of(exchange);
        if (id != null) {
            exchange.getResponse().getHeaders().set(HEADER, id);
        }
        SecurityHeaders.apply(exchange.getResponse().getHeaders());
    }

    /** Runs a log statement with the request's id in the MDC, as {@code requestId}. */
    public static void log(ServerWebExchange exchange, Runnable statement) {
        String id = of(exchange);
        if (id == null) {
            statement.run();
            return;
        }
        try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_KEY, id)) {
            statement.run();
        }
    }
}
