package cn.summerhotline.gateway.accesslog;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * {@code summer.gateway.requests}: one timer per service and status, the gateway's HTTP server metric. Boot's
 * own (an observation per request) costs more than the proxying here; this is one array lookup and a timer
 * record per request, the timers registered on first use.
 */
final class RequestTimers {

    static final String NAME = "summer.gateway.requests";
    private static final String[] SERVICES = {
        "complaint-service", "publicity-service", "openday-service", "review-service", "gateway"
    };
    private static final int STATUSES = 600;

    private final MeterRegistry registry;
    private final AtomicReferenceArray<Timer> timers = new AtomicReferenceArray<>(SERVICES.length * STATUSES);

    RequestTimers(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String path, int status, long nanos) {
        if (status < 100 || status >= STATUSES) {
            return;
        }
        int service = serviceOf(path);
        int index = service * STATUSES + status;
        Timer timer = timers.get(index);
        if (timer == null) {
            timer = Timer.builder(NAME)
                    .description("Requests answered by the gateway, by service and status")
                    .tag("service", SERVICES[service])
                    .tag("status", Integer.toString(status))
                    .register(registry);
            timers.set(index, timer);
        }
        timer.record(nanos, TimeUnit.NANOSECONDS);
    }

    private static int serviceOf(String path) {
        if (path.startsWith("/api/v1/complaints") || path.startsWith("/open311")) {
            return 0;
        }
        if (path.startsWith("/api/v1/publicity")) {
            return 1;
        }
        if (path.startsWith("/api/v1/openday")) {
            return 2;
        }
        if (path.startsWith("/api/v1/reviews")) {
            return 3;
        }
        return 4;
    }
}
