package cn.summerhotline.platform.events.store;

import cn.summerhotline.platform.events.OutgoingEvent;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/**
 * How a service's aggregate is stored by an {@link AggregateStore}: its fields as a document and back, its
 * identity and version, and the events of the changes made to it since it was read.
 *
 * @param <T> the aggregate
 */
public interface AggregateMapping<T> {

    Object id(T aggregate);

    /** The version the aggregate was read at (or starts at, when new): an update is made only at this version. */
    long version(T aggregate);

    /**
     * The stored fields of the aggregate; {@code _id}, {@link AggregateStore#VERSION} and the outbox are the
     * store's. Every key must be one of {@link #fields()}.
     */
    Document write(T aggregate);

    /** The aggregate from a stored document (which never holds the outbox). */
    T read(Document document);

    /** Every field {@link #write} may produce: an update unsets those a snapshot no longer has. */
    Set<String> fields();

    /** The events of the changes made since the aggregate was read, oldest first; they join the same write. */
    List<OutgoingEvent> events(T aggregate);

    /** The aggregate as it now is in the store: at its new version, its events handed over to the outbox. */
    T stored(T aggregate, long version);
}
