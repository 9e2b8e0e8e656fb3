package cn.summerhotline.gateway.accesslog;

import cn.summerhotline.gateway.ratelimit.ClientAddresses;
import cn.summerhotline.gateway.requestid.RequestIds;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * One access log line and one timer record per request, around the whole handler: the status is the one
 * the client got, error answers and fallbacks included. The line holds method, normalised path (never the
 * query string), status, duration, body bytes, request id and client address; never a header value such as
 * {@code Authorization}.
 */
@Component
class AccessLogDecorator implements HttpHandlerDecoratorFactory {

    private static final Logger log = LoggerFactory.getLogger(AccessLog.LOGGER);

    private final ClientAddresses clients;
    private final RequestTimers timers;

    AccessLogDecorator(ClientAddresses clients, ObjectProvider<MeterRegistry> registry) {
        this.clients = clients;
        MeterRegistry meters = registry.getIfAvailable();
        this.timers = meters == null ? null : new RequestTimers(meters);
    }

    @Override
    public HttpHandler apply(HttpHandler handler) {
        return (request, response) -> {
            long started = System.nanoTime();
            LoggedResponse logged = new LoggedResponse(response);
            return handler.handle(request, logged).doFinally(signal -> finished(request, logged, started));
        };
    }

    private void finished(ServerHttpRequest request, LoggedResponse response, long started) {
        long nanos = System.nanoTime() - started;
        HttpStatusCode code = response.getStatusCode();
        int status = code == null ? 200 : code.value();
        String path =
                response.path() != null ? response.path() : request.getURI().getRawPath();
        if (timers != null) {
            timers.record(path, status, nanos);
        }
        if (log.isInfoEnabled()) {
            log.info(
                    "{} {} {} {} ms {} B id={} client={}",
                    request.getMethod().name(),
                    path,
                    status,
                    Math.round(nanos / 10_000.0) / 100.0,
                    response.bytes(),
                    response.getHeaders().getFirst(RequestIds.HEADER),
                    clients.of(request));
        }
    }
}
