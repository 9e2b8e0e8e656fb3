package cn.summerhotline.review.screening.infrastructure;

import cn.summerhotline.review.screening.application.PreScreen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this replica's compiled word list in step with the store, without a restart.
 *
 * <p>Why polling rather than a fanout event over RabbitMQ: one {@code findOne} by {@code _id} a second per replica
 * costs nothing, needs no queue per replica (which the embedded broker and RabbitMQ would want declared
 * differently), and cannot miss a change: a replica that was disconnected, restarting or slow simply sees the
 * counter differ at its next look. A change is in force everywhere within about one interval plus the compile
 * (tens of milliseconds for 10,000 words); the replica that took it compiles at once.
 *
 * <p>The list is also compiled anew every {@code full-reload-interval} whatever the counter says: should a
 * process die between writing entries and raising the counter, its change is still picked up.
 */
@Component
class WordListReload {

    private static final Logger log = LoggerFactory.getLogger(WordListReload.class);

    private final PreScreen preScreen;
    private volatile boolean failing;

    WordListReload(PreScreen preScreen) {
        this.preScreen = preScreen;
    }

    @Scheduled(fixedDelayString = "${summer.screening.reload-interval:1s}")
    void whenChanged() {
        refresh(false);
    }

    @Scheduled(
            fixedDelayString = "${summer.screening.full-reload-interval:5m}",
            initialDelayString = "${summer.screening.full-reload-interval:5m}")
    void always() {
        refresh(true);
    }

    private void refresh(boolean always) {
        try {
            preScreen.refresh(always);
            if (failing) {
                log.info("Screening word list readable again");
                failing = false;
            }
        } catch (RuntimeException e) {
            // Keep screening with the list compiled last; say so once per outage, not every second.
            if (!failing) {
                log.warn("Screening word list could not be read; screening goes on with the list compiled last", e);
                failing = true;
            }
        }
    }
}
