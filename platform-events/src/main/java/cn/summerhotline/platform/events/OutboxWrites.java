package cn.summerhotline.platform.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells its listeners (the relay's schedule) which document has just received outbox entries, so that they
 * are published within milliseconds rather than at the next interval. {@link EventOutbox} notifies it after each
 * successful write; the wiring is in {@link EventsAutoConfiguration}.
 */
public final class OutboxWrites {

    /** Hears of a document that got new outbox entries. */
    @FunctionalInterface
    public interface Listener {

        /**
         * @param collection the document's collection
         * @param id the document's {@code _id}, or {@code null} when the write did not name one plainly (the
         *     listener has to search the collection)
         */
        void written(String collection, Object id);
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public void subscribe(Listener listener) {
        listeners.add(listener);
    }

    void written(String collection, Object id) {
        for (Listener listener : listeners) {
            listener.written(collection, id);
        }
    }
}
