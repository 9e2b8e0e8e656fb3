package cn.summerhotline.openday.stream.application;

import cn.summerhotline.openday.stream.model.LiveStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The streams and who watches them: one stored row per viewer, raised by each heartbeat, none per heartbeat. */
public interface LiveStreams {

    void save(LiveStream stream);

    Optional<LiveStream> byId(String id);

    List<LiveStream> ofYear(int year);

    /** Records that the viewer watched at {@code at}. */
    void heartbeat(String streamId, String viewerHash, Instant at);

    /** Viewers with a heartbeat since {@code since}, and viewers ever. */
    Viewers viewers(String streamId, Instant since);

    record Viewers(long now, long total) {}
}
