package cn.summerhotline.openday.checkin.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.summerhotline.openday.checkin.application.Checkins;
import cn.summerhotline.openday.checkin.model.Checkin;
import cn.summerhotline.openday.session.model.Audience;
import cn.summerhotline.platform.events.EventOutbox;
import cn.summerhotline.platform.events.OutgoingEvent;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Check-ins in {@code checkins}. Two unique keys make the door exact on any number of replicas: {@code scanId},
 * and {@code activeKey}, the registration's id while the check-in is in force (sparse: an undone check-in drops
 * it, so the party may come in again). The checked-in event joins the insert.
 */
@Repository
class MongoCheckins implements Checkins {

    static final String COLLECTION = "checkins";

    /** The checked-in event's payload: ids, audience, party size; nobody's name or phone. */
    record CheckedIn(
            String checkinId,
            String registrationId,
            String sessionId,
            String venueId,
            String audience,
            int partySize,
            String at) {}

    private final MongoOperations mongo;
    private final EventOutbox outbox;

    MongoCheckins(MongoOperations mongo, EventOutbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index("scanId", Sort.Direction.ASC).unique());
        indexes.createIndex(new Index("activeKey", Sort.Direction.ASC).unique().sparse());
        indexes.createIndex(new Index("sessionId", Sort.Direction.ASC));
        outbox.register(COLLECTION);
    }

    @Override
    public Clash insert(Checkin c) {
        Document document = new Document("_id", c.id())
                .append("registrationId", c.registrationId())
                .append("sessionId", c.sessionId())
                .append("venueId", c.venueId())
                .append("hostUnit", c.hostUnit())
                .append("audience", c.audience().name())
                .append("partySize", c.partySize())
                .append("scanId", c.scanId())
                .append("activeKey", c.registrationId())
                .append("active", true)
                .append("at", Date.from(c.at()))
                .append("by", c.by());
        OutgoingEvent event = OutgoingEvent.of(
                "registration",
                "checked-in",
                c.hostUnit(),
                c.registrationId(),
                new CheckedIn(
                        c.id(),
                        c.registrationId(),
                        c.sessionId(),
                        c.venueId(),
                        c.audience().name(),
                        c.partySize(),
                        c.at().toString()));
        try {
            outbox.insert(document, COLLECTION, event);
            return Clash.NONE;
        } catch (DuplicateKeyException clash) {
            return byScanId(c.scanId()).isPresent() ? Clash.SCAN : Clash.CHECKED_IN;
        }
    }

    @Override
    public Optional<Checkin> byId(String id) {
        return Optional.ofNullable(mongo.findOne(copied(query(where("_id").is(id))), Document.class, COLLECTION))
                .map(MongoCheckins::read);
    }

    @Override
    public Optional<Checkin> byScanId(String scanId) {
        return Optional.ofNullable(mongo.findOne(copied(query(where("scanId").is(scanId))), Document.class, COLLECTION))
                .map(MongoCheckins::read);
    }

    @Override
    public Optional<Checkin> activeOf(String registrationId) {
        return Optional.ofNullable(
                        mongo.findOne(copied(query(where("activeKey").is(registrationId))), Document.class, COLLECTION))
                .map(MongoCheckins::read);
    }

    @Override
    public boolean undo(String id, Instant at, String by) {
        return mongo.updateFirst(
                                query(where("_id").is(id).and("active").is(true)),
                                new Update()
                                        .unset("activeKey")
                                        .set("active", false)
                                        .set("undoneAt", Date.from(at))
                                        .set("undoneBy", by),
                                COLLECTION)
                        .getModifiedCount()
                == 1;
    }

    /** A copy, without the outbox (see MongoRegistrations: the embedded store encodes stored documents). */
    private static org.springframework.data.mongodb.core.query.Query copied(
            org.springframework.data.mongodb.core.query.Query query) {
        query.fields().exclude(EventOutbox.FIELD).exclude(EventOutbox.LEASE_FIELD);
        return query;
    }

    private static Checkin read(Document d) {
        Date undone = d.getDate("undoneAt");
        return new Checkin(
                d.getString("_id"),
                d.getString("registrationId"),
                d.getString("sessionId"),
                d.getString("venueId"),
                d.getString("hostUnit"),
                Audience.valueOf(d.getString("audience")),
                d.get("partySize", Number.class).intValue(),
                d.getString("scanId"),
                d.getDate("at").toInstant(),
                d.getString("by"),
                undone == null ? null : undone.toInstant());
    }
}
