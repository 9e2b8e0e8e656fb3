package cn.summerhotline.openday.stream.application;

import cn.summerhotline.openday.cloud.application.CloudClock;
import cn.summerhotline.openday.cloud.application.KeyedHash;
import cn.summerhotline.openday.stream.model.LiveStream;
import cn.summerhotline.openday.stream.model.StreamStatus;
import cn.summerhotline.platform.organisation.Unit;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The live streams: admins schedule them (the city any, a district bureau its own), viewers send a heartbeat
 * while watching; "viewers now" are those heard within the last minute.
 */
@Service
public class WatchStreams {

    public static final Duration NOW = Duration.ofMinutes(1);
    static final String VIEWER = "stream-viewer";

    /** A stream as the public sees it. */
    public record Watched(LiveStream stream, StreamStatus status, long viewersNow, long viewersTotal) {}

    private final LiveStreams streams;
    private final CloudClock clock;
    private final KeyedHash hash;

    public WatchStreams(LiveStreams streams, CloudClock clock, KeyedHash hash) {
        this.streams = streams;
        this.clock = clock;
        this.hash = hash;
    }

    public LiveStream schedule(
            Caller caller, int year, String unit, String title, String link, Instant startsAt, Instant endsAt) {
        caller.requireAny(Role.CITY_ADMIN, Role.DISTRICT_ADMIN);
        if (!Unit.isKnown(unit) || !caller.mayAccessDistrict(unit)) {
            throw new AccessDeniedException("a stream of the caller's own unit");
        }
        LiveStream stream = new LiveStream("stream-" + UUID.randomUUID(), year, unit, title, link, startsAt, endsAt);
        streams.save(stream);
        return stream;
    }

    public List<Watched> ofYear(int year) {
        return streams.ofYear(year).stream().map(this::watched).toList();
    }

    public Watched one(String id) {
        return watched(streams.byId(id).orElseThrow(() -> new StreamNotFound(id)));
    }

    /** A viewer's heartbeat; only a live stream counts it. Answers the stream as it now stands. */
    public Watched heartbeat(String id, String viewer) {
        LiveStream stream = streams.byId(id).orElseThrow(() -> new StreamNotFound(id));
        Instant now = clock.clock().instant();
        if (stream.statusAt(now) == StreamStatus.LIVE) {
            streams.heartbeat(id, hash.of(VIEWER, viewer), now);
        }
        return watched(stream);
    }

    private Watched watched(LiveStream stream) {
        Instant now = clock.clock().instant();
        LiveStreams.Viewers viewers = streams.viewers(stream.id(), now.minus(NOW));
        StreamStatus status = stream.statusAt(now);
        return new Watched(stream, status, status == StreamStatus.LIVE ? viewers.now() : 0, viewers.total());
    }
}
