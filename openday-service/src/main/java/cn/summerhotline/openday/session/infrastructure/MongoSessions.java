package cn.summerhotline.openday.session.infrastructure;

import cn.summerhotline.openday.session.application.Sessions;
import cn.summerhotline.openday.session.model.Audience;
import cn.summerhotline.openday.session.model.Session;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Sessions in {@code sessions}, one document each keyed by its id. A session never changes once planned, so each
 * replica keeps those it has read: a flash crowd's registrations read their session once, not once per request
 * (every read would queue on the same collection as the writes of the store, which serialises each collection).
 */
@Repository
class MongoSessions implements Sessions {

    static final String COLLECTION = "sessions";

    /** Far more sessions than an open day has; past it the cache simply stops growing. */
    private static final int CACHED = 10_000;

    private final MongoOperations mongo;
    private final Map<String, Session> read = new ConcurrentHashMap<>();

    MongoSessions(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void insert(Session session) {
        Document quotas = new Document();
        session.quotas().forEach((audience, places) -> quotas.append(audience.name(), places));
        mongo.insert(
                new Document("_id", session.id())
                        .append("venueId", session.venueId())
                        .append("year", session.year())
                        .append("hostUnit", session.hostUnit())
                        .append("squad", session.squad())
                        .append("startsAt", Date.from(session.startsAt()))
                        .append("endsAt", Date.from(session.endsAt()))
                        .append("capacity", session.capacity())
                        .append("quotas", quotas),
                COLLECTION);
    }

    @Override
    public Optional<Session> byId(String id) {
        Session known = read.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Session> found = Optional.ofNullable(mongo.findOne(copied(id), Document.class, COLLECTION))
                .map(MongoSessions::session);
        if (read.size() < CACHED) {
            found.ifPresent(session -> read.put(id, session));
        }
        return found;
    }

    @Override
    public List<Session> ofVenue(String venueId) {
        return mongo.find(Query.query(Criteria.where("venueId").is(venueId)), Document.class, COLLECTION).stream()
                .map(MongoSessions::session)
                .sorted(java.util.Comparator.comparing(Session::startsAt).thenComparing(Session::id))
                .toList();
    }

    /** By id, as a copy: the embedded store would encode its stored document itself (MongoRegistrations). */
    private static Query copied(String id) {
        Query byId = Query.query(Criteria.where("_id").is(id));
        byId.fields().exclude("version");
        return byId;
    }

    private static Session session(Document document) {
        Document stored = document.get("quotas", Document.class);
        Map<Audience, Integer> quotas = new EnumMap<>(Audience.class);
        for (Audience audience : Audience.values()) {
            Number places = stored.get(audience.name(), Number.class);
            quotas.put(audience, places == null ? 0 : places.intValue());
        }
        return new Session(
                document.getString("_id"),
                document.getString("venueId"),
                document.get("year", Number.class).intValue(),
                document.getString("hostUnit"),
                document.getString("squad"),
                document.getDate("startsAt").toInstant(),
                document.getDate("endsAt").toInstant(),
                document.get("capacity", Number.class).intValue(),
                quotas);
    }
}
