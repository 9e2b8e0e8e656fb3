package cn.summerhotline.gateway.accesslog;

import org.springframework.web.server.ServerWebExchange;

/** What filters tell the access log about a request that it cannot see on the request itself. */
public final class AccessLog {

    /** The logger of the one line per request; {@code logging.level.cn.summerhotline.gateway.access-log=off} stops it. */
    public static final String LOGGER = "cn.summerhotline.gateway.access-log";

    private AccessLog() {}

    /** The normalised path, when the gateway routes on another path than the client sent. */
    public static void notePath(ServerWebExchange exchange, String path) {
        if (exchange.getResponse() instanceof LoggedResponse logged) {
            logged.path(path);
        }
    }
}
