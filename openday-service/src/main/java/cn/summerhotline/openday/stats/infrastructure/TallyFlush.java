package cn.summerhotline.openday.stats.infrastructure;

import cn.summerhotline.openday.stats.application.Counts;
import cn.summerhotline.openday.stats.application.Tally;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Flushes this instance's tally to the store every interval (1 s by default: the counts are fresh within 5 s),
 * and once more on shutdown. A failed flush gives its increments back to be tried again with the next.
 */
@Component
class TallyFlush implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TallyFlush.class);

    private final Tally tally;
    private final Counts counts;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    TallyFlush(Tally tally, Counts counts, @Value("${summer.openday.stats.flush-interval:1s}") Duration interval) {
        this.tally = tally;
        this.counts = counts;
        this.interval = interval;
    }

    /** Writes what was counted since the last flush; tests call it to see the counts stored at once. */
    synchronized void flush() {
        for (Map.Entry<Integer, Map<String, Long>> year : tally.drain().entrySet()) {
            try {
                counts.add(year.getKey(), year.getValue());
            } catch (RuntimeException e) {
                log.warn("Counts of {} not flushed, kept for the next flush: {}", year.getKey(), e.getMessage());
                year.getValue().forEach((field, n) -> tally.restore(year.getKey(), field, n));
            }
        }
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "stats-flush");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(
                this::flushQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("Stats flush failed: {}", e.getMessage());
        }
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
            flushQuietly();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
