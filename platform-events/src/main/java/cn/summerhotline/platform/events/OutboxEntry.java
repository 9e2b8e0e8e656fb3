package cn.summerhotline.platform.events;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * One pending event in an aggregate's outbox, as {@link EventOutbox} writes it and the relay reads it back:
 * {@code {id, type, routingKey, subject, time, envelope}}. The envelope is the CloudEvents JSON serialised once
 * at write time, so every retry publishes the same bytes.
 *
 * @param id the event id (CloudEvents {@code id}, the message id)
 * @param type the CloudEvents type, e.g. {@code summerhotline.complaint.assigned.v1}
 * @param routingKey {@code <aggregate>.<event>.<district>}
 * @param subject the id of the aggregate instance
 * @param time when the event was written, to the millisecond (the store keeps no finer)
 * @param envelope the CloudEvents structured-mode JSON, published as it is
 */
public record OutboxEntry(String id, String type, String routingKey, String subject, Instant time, String envelope) {

    public static final String ID = "id";
    public static final String TYPE = "type";
    public static final String ROUTING_KEY = "routingKey";
    public static final String SUBJECT = "subject";
    public static final String TIME = "time";
    public static final String ENVELOPE = "envelope";

    /** The entry as an element of the outbox array. */
    public Document toDocument() {
        return new Document(ID, id)
                .append(TYPE, type)
                .append(ROUTING_KEY, routingKey)
                .append(SUBJECT, subject)
                .append(TIME, Date.from(time))
                .append(ENVELOPE, envelope);
    }

    public static OutboxEntry of(Document entry) {
        Date time = entry.getDate(TIME);
        return new OutboxEntry(
                entry.getString(ID),
                entry.getString(TYPE),
                entry.getString(ROUTING_KEY),
                entry.getString(SUBJECT),
                time == null ? null : time.toInstant(),
                entry.getString(ENVELOPE));
    }

    /** The entries of an aggregate document's outbox, oldest first; none when it has no outbox. */
    public static List<OutboxEntry> in(Document aggregate) {
        if (!(aggregate.get(EventOutbox.FIELD) instanceof List<?> outbox)) {
            return List.of();
        }
        return outbox.stream().map(entry -> of((Document) entry)).toList();
    }
}
