package cn.summerhotline.review.publication.infrastructure;

import cn.summerhotline.review.publication.application.RescreenPublished;
import cn.summerhotline.review.screening.application.BlockWordsAdded;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the re-screen of what is published as soon as the city bureau adds BLOCK words. {@link BlockWordsAdded}
 * is published on the replica that took the change, on the request's thread, once its list holds the words: the
 * re-screen runs beside it, so the bureau's request answers at once however much is published, and one re-screen
 * at a time, in the order the words came (an executor of its own, not Boot's shared one).
 */
@Component
class BlockWordsWatch implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BlockWordsWatch.class);

    private final RescreenPublished rescreen;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "rescreen-published");
        thread.setDaemon(true);
        return thread;
    });

    BlockWordsWatch(RescreenPublished rescreen) {
        this.rescreen = rescreen;
    }

    @EventListener
    void on(BlockWordsAdded added) {
        executor.execute(() -> {
            try {
                rescreen.rescreen(added.words());
            } catch (RuntimeException e) {
                log.error(
                        "Re-screen of published items for {} new block words failed",
                        added.words().size(),
                        e);
            }
        });
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            log.warn("A re-screen of published items was still running at shutdown; it stopped part of the way");
            executor.shutdownNow();
        }
    }
}
