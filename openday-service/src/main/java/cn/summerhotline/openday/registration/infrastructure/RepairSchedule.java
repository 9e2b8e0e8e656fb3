package cn.summerhotline.openday.registration.infrastructure;

import cn.summerhotline.openday.registration.application.RepairPlaces;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Runs the places' repair on every replica, on one thread, every {@code repair-interval}. */
final class RepairSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RepairSchedule.class);

    private final RepairPlaces repair;
    private final Duration interval;
    private volatile ScheduledExecutorService executor;

    RepairSchedule(RepairPlaces repair, Duration interval) {
        this.repair = repair;
        this.interval = interval;
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "places-repair");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        started.scheduleWithFixedDelay(this::runSafely, millis, millis, TimeUnit.MILLISECONDS);
        executor = started;
    }

    private void runSafely() {
        try {
            int repaired = repair.run();
            if (repaired > 0) {
                log.info("Places repair finished {} registrations left half done", repaired);
            }
        } catch (RuntimeException e) {
            log.warn("Places repair failed; it runs again in {}", interval, e);
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService stopping = executor;
        executor = null;
        if (stopping != null) {
            stopping.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
