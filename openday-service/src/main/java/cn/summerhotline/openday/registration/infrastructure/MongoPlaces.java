package cn.summerhotline.openday.registration.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.summerhotline.openday.registration.application.Places;
import cn.summerhotline.openday.session.model.Audience;
import cn.summerhotline.openday.session.model.Session;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The place counters in {@code session_places}, one small document per session:
 * {@code {_id, capacity, quota: {PUBLIC: n, ...}, taken: {...}, total, waiting: {...}, queued: {...}, left: {...},
 * holders: {<registration id>: <party size>}}}.
 *
 * <p>A take is one {@code updateOne} whose filter is the guard ({@code taken.<audience> <= quota - party},
 * {@code total <= capacity - party}, the registration not yet a holder) and whose update raises the counts and
 * records the holder: never a read then a write. The embedded store answers only a filter on {@code _id} alone from
 * its index, and scans the collection for any other; so the counters have a collection of their own, a handful of
 * documents however many registrations there are, and the scan is of those few. Real MongoDB uses the {@code _id}
 * index either way.
 */
@Repository
class MongoPlaces implements Places {

    static final String COLLECTION = "session_places";

    private final MongoOperations mongo;
    private final Set<String> opened = ConcurrentHashMap.newKeySet();

    MongoPlaces(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void open(Session session) {
        if (opened.contains(session.id())) {
            return;
        }
        Document quota = new Document();
        Document zero = new Document();
        for (Audience audience : Audience.values()) {
            quota.append(audience.name(), session.quota(audience));
            zero.append(audience.name(), 0);
        }
        Document counter = new Document("_id", session.id())
                .append("capacity", session.capacity())
                .append("quota", quota)
                .append("taken", zero)
                .append("total", 0)
                .append("waiting", new Document(zero))
                .append("queued", new Document(zero))
                .append("left", new Document(zero))
                .append("holders", new Document());
        try {
            mongo.insert(counter, COLLECTION);
        } catch (DuplicateKeyException opened) {
            // Another request or replica opened it first.
        }
        opened.add(session.id());
    }

    @Override
    public boolean take(Session session, String registrationId, Audience audience, int partySize, Take take) {
        Criteria guard = where("_id")
                .is(session.id())
                .and("taken." + audience.name())
                .lte(session.quota(audience) - partySize)
                .and("total")
                .lte(session.capacity() - partySize)
                .and("holders." + registrationId)
                .exists(false);
        Update update = new Update()
                .inc("taken." + audience.name(), partySize)
                .inc("total", partySize)
                .set("holders." + registrationId, partySize);
        if (take == Take.NEWCOMER) {
            guard.and("waiting." + audience.name()).lte(0);
        } else {
            update.inc("waiting." + audience.name(), -1).inc("left." + audience.name(), 1);
        }
        return mongo.updateFirst(query(guard), update, COLLECTION).getModifiedCount() == 1;
    }

    @Override
    public boolean release(String sessionId, String registrationId, Audience audience, int partySize, boolean rejoin) {
        Update update = new Update()
                .unset("holders." + registrationId)
                .inc("taken." + audience.name(), -partySize)
                .inc("total", -partySize);
        if (rejoin) {
            update.inc("waiting." + audience.name(), 1).inc("left." + audience.name(), -1);
        }
        Query held = query(
                where("_id").is(sessionId).and("holders." + registrationId).exists(true));
        return mongo.updateFirst(held, update, COLLECTION).getModifiedCount() == 1;
    }

    @Override
    public boolean holds(String sessionId, String registrationId) {
        Query byId = query(where("_id").is(sessionId));
        byId.fields().include("holders." + registrationId);
        Document found = mongo.findOne(byId, Document.class, COLLECTION);
        Document holders = found == null ? null : found.get("holders", Document.class);
        return holders != null && holders.containsKey(registrationId);
    }

    @Override
    public Ticket enqueue(Session session, Audience audience) {
        String name = audience.name();
        Query byId = query(where("_id").is(session.id()));
        byId.fields().include("queued." + name, "left." + name, "taken." + name, "total");
        Document after = mongo.findAndModify(
                byId,
                new Update().inc("waiting." + name, 1).inc("queued." + name, 1),
                FindAndModifyOptions.options().returnNew(true),
                Document.class,
                COLLECTION);
        long number = count(after, "queued", name);
        long left = count(after, "left", name);
        int free = free(session, audience, after);
        return new Ticket(number, (int) Math.max(1, number - left), free);
    }

    @Override
    public void left(String sessionId, Audience audience) {
        mongo.updateFirst(
                query(where("_id").is(sessionId)),
                new Update().inc("waiting." + audience.name(), -1).inc("left." + audience.name(), 1),
                COLLECTION);
    }

    @Override
    public int free(Session session, Audience audience) {
        Query byId = query(where("_id").is(session.id()));
        byId.fields().include("taken." + audience.name(), "total");
        Document found = mongo.findOne(byId, Document.class, COLLECTION);
        return found == null ? 0 : free(session, audience, found);
    }

    @Override
    public Map<String, Integer> holders(String sessionId) {
        Query byId = query(where("_id").is(sessionId));
        byId.fields().exclude("quota").exclude("taken"); // an exclusion: the store encodes a copy
        Document found = mongo.findOne(byId, Document.class, COLLECTION);
        Map<String, Integer> holders = new LinkedHashMap<>();
        if (found != null && found.get("holders") instanceof Document stored) {
            stored.forEach((id, party) -> holders.put(id, ((Number) party).intValue()));
        }
        return holders;
    }

    @Override
    public List<String> sessions() {
        Query all = new Query();
        all.fields().include("_id");
        return mongo.find(all, Document.class, COLLECTION).stream()
                .map(d -> d.getString("_id"))
                .toList();
    }

    private static int free(Session session, Audience audience, Document counter) {
        long inQuota = session.quota(audience) - count(counter, "taken", audience.name());
        long inSession = session.capacity() - ((Number) counter.get("total")).longValue();
        return (int) Math.min(inQuota, inSession);
    }

    private static long count(Document counter, String field, String audience) {
        Document counts = counter.get(field, Document.class);
        Object value = counts == null ? null : counts.get(audience);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
