package cn.summerhotline.platform.events;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Makes a consumer idempotent by recording the event id with the change it caused, in the same single-document
 * write: a redelivered event then finds its id there and changes nothing.
 */
public final class AppliedEvents {

    /** The ids of the events already applied to a document. */
    public static final String FIELD = "appliedEvents";

    /** The id of the event that created a document; unique in its collection. */
    public static final String SOURCE_EVENT_FIELD = "sourceEvent";

    private final MongoOperations mongo;
    private final Set<String> indexed = ConcurrentHashMap.newKeySet();

    public AppliedEvents(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /**
     * Applies the update to the document with this id unless the event was applied to it before.
     *
     * @return true when the update was applied now; false when the event had been applied already or the
     *     document does not exist
     */
    public boolean applyOnce(String collection, Object id, String eventId, Update update) {
        Query notYetApplied =
                Query.query(Criteria.where("_id").is(id).and(FIELD).ne(eventId));
        return mongo.updateFirst(notYetApplied, update.addToSet(FIELD, eventId), collection)
                        .getModifiedCount()
                == 1;
    }

    /** Whether the event was applied to the document with this id. */
    public boolean wasApplied(String collection, Object id, String eventId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(id).and(FIELD).is(eventId)), collection);
    }

    /**
     * Inserts a document created by an event, keyed by the event id in a unique index.
     *
     * @return true when it was inserted now; false when this event had created it before
     */
    public boolean createOnce(String collection, String eventId, Document document) {
        ensureUniqueIndex(collection);
        try {
            mongo.insert(document.append(SOURCE_EVENT_FIELD, eventId), collection);
            return true;
        } catch (DuplicateKeyException alreadyCreated) {
            if (mongo.exists(Query.query(Criteria.where(SOURCE_EVENT_FIELD).is(eventId)), collection)) {
                return false;
            }
            throw alreadyCreated;
        }
    }

    private void ensureUniqueIndex(String collection) {
        if (indexed.add(collection)) {
            mongo.indexOps(collection)
                    .createIndex(new Index(SOURCE_EVENT_FIELD, Sort.Direction.ASC)
                            .unique()
                            .sparse()
                            .named(SOURCE_EVENT_FIELD));
        }
    }
}
