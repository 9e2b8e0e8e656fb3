package cn.summerhotline.review.report.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many items one client may report in a while, on this replica, behind the gateway's per-second limit: at most
 * {@code perClient} new reports in a window of {@code window} from its first. It bounds what one client adds to
 * the items' histories, not who hides what (that takes several clients). Held in memory, bounded in size, and
 * forgotten on a restart: a limit, not a record, so with several replicas a client may report up to that many
 * times more.
 */
public final class ReportAllowance {

    private record Window(long startedNanos, AtomicInteger taken) {}

    private final int perClient;
    private final Duration window;
    private final Cache<String, Window> windows;

    public ReportAllowance(int perClient, Duration window, int maxClients) {
        if (perClient < 1 || window.isNegative() || window.isZero() || maxClients < 1) {
            throw new IllegalArgumentException("a report allowance is a positive count in a positive window");
        }
        this.perClient = perClient;
        this.window = window;
        this.windows = Caffeine.newBuilder()
                .maximumSize(maxClients)
                .expireAfterWrite(window)
                .build();
    }

    /** Takes one report of the client's allowance, or refuses it with how long to wait. */
    void take(String client) {
        Window current = windows.get(client, k -> new Window(System.nanoTime(), new AtomicInteger()));
        if (current.taken().incrementAndGet() > perClient) {
            long left = window.toNanos() - (System.nanoTime() - current.startedNanos());
            throw new TooManyReports(Math.max(1, (left + 999_999_999L) / 1_000_000_000L));
        }
    }

    /** Forgets every client (tests). */
    public void forgetAll() {
        windows.invalidateAll();
    }
}
