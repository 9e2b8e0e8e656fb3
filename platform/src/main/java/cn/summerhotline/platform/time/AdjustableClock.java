package cn.summerhotline.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A service's clock: the system clock, cut to milliseconds (what the store keeps), which tests can move
 * forward to see deadlines pass. Nothing in the service itself moves it.
 */
public final class AdjustableClock extends Clock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    public AdjustableClock(Clock base) {
        this.base = base;
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset).truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        AdjustableClock zoned = new AdjustableClock(base.withZone(zone));
        zoned.offset = offset;
        return zoned;
    }
}
