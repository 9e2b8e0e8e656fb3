package cn.summerhotline.platform.events;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value measured at most once per {@code maxAge} and served from memory in between: Prometheus scrapes every
 * few seconds, and counting an outbox or asking the broker for queue depths on each scrape would load the store
 * (the embedded one scans whole collections) and the broker for nothing.
 */
final class Sampled<T> {

    private final Supplier<T> measure;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private T value;
    private long measuredAt;
    private boolean measured;

    Sampled(Supplier<T> measure, Duration maxAge, LongSupplier nanoTime) {
        this.measure = measure;
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
    }

    synchronized T get() {
        long now = nanoTime.getAsLong();
        if (!measured || now - measuredAt >= maxAgeNanos) {
            value = measure.get();
            measuredAt = now;
            measured = true;
        }
        return value;
    }
}
