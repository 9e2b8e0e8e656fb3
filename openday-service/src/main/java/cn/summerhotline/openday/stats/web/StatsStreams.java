package cn.summerhotline.openday.stats.web;

import cn.summerhotline.openday.stats.application.ReadStats;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The dashboards' Server-Sent Events streams: every 2 seconds each year's counts are read once and sent to every
 * stream of that year (so a thousand dashboards cost one read), and a stream ends at its deadline; the browser's
 * EventSource reconnects by itself ({@code retry}).
 */
@Component
class StatsStreams implements SmartLifecycle {

    static final long TICK_MILLIS = 2000;

    private record Stream(int year, SseEmitter emitter, long deadline) {}

    private final ReadStats stats;
    private final List<Stream> streams = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService scheduler;

    StatsStreams(ReadStats stats) {
        this.stats = stats;
    }

    SseEmitter open(int year, int seconds) {
        SseEmitter emitter = new SseEmitter((seconds + 5) * 1000L);
        Stream stream = new Stream(year, emitter, System.currentTimeMillis() + seconds * 1000L);
        emitter.onCompletion(() -> streams.remove(stream));
        emitter.onTimeout(() -> streams.remove(stream));
        emitter.onError(e -> streams.remove(stream));
        if (send(stream, StatsView.of(stats.of(year)))) {
            streams.add(stream);
        }
        return emitter;
    }

    private void tick() {
        long now = System.currentTimeMillis();
        Map<Integer, StatsView> views = new HashMap<>();
        for (Stream stream : streams) {
            if (now >= stream.deadline()) {
                streams.remove(stream);
                stream.emitter().complete();
                continue;
            }
            StatsView view = views.computeIfAbsent(stream.year(), year -> StatsView.of(stats.of(year)));
            send(stream, view);
        }
    }

    private boolean send(Stream stream, StatsView view) {
        try {
            stream.emitter()
                    .send(SseEmitter.event().name("stats").reconnectTime(1000).data(view));
            return true;
        } catch (IOException | IllegalStateException gone) {
            streams.remove(stream);
            return false;
        }
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "stats-streams");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(
                () -> {
                    try {
                        tick();
                    } catch (RuntimeException ignored) {
                        // the next tick tries again; a stream that failed was removed
                    }
                },
                TICK_MILLIS,
                TICK_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
            streams.forEach(s -> s.emitter().complete());
            streams.clear();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
