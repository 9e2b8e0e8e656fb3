package cn.summerhotline.openday.registration.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.summerhotline.openday.registration.application.Places;
import cn.summerhotline.openday.registration.application.RegistrationSecrets;
import cn.summerhotline.openday.registration.application.Registrations;
import cn.summerhotline.openday.registration.model.Registrant;
import cn.summerhotline.openday.registration.model.Registration;
import cn.summerhotline.openday.registration.model.RegistrationStatus;
import cn.summerhotline.openday.session.model.Audience;
import cn.summerhotline.platform.events.EventOutbox;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Registrations in {@code registrations}, their events in each document's outbox. Not an {@code AggregateStore}:
 * its updates filter on {@code _id} and {@code version}, which the embedded store answers by scanning every
 * registration; the registration path instead writes by {@code _id} alone (see {@link Registrations#confirm}),
 * and the rarer changes are guarded by the status they expect. Unique keys: the phone per session
 * ({@code phoneKey}) and the check-in code.
 */
@Repository
class MongoRegistrations implements Registrations {

    static final String COLLECTION = "registrations";

    private final MongoOperations mongo;
    private final EventOutbox outbox;

    MongoRegistrations(MongoOperations mongo, EventOutbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index("phoneKey", Sort.Direction.ASC).unique());
        indexes.createIndex(new Index("checkInCode", Sort.Direction.ASC).unique());
        // For MongoDB: the waiting list and the session's lists (the embedded store ignores them and scans).
        indexes.createIndex(new Index("sessionId", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
        indexes.createIndex(new Index("status", Sort.Direction.ASC).on("createdAt", Sort.Direction.ASC));
        outbox.register(COLLECTION);
    }

    @Override
    public boolean insert(Registration pending) {
        Registrant who = pending.registrant();
        Document document = new Document("_id", pending.id())
                .append("sessionId", pending.sessionId())
                .append("venueId", pending.venueId())
                .append("hostUnit", pending.hostUnit())
                .append("audience", pending.audience().name())
                .append("name", who.name())
                .append("phone", who.phone())
                .append("partySize", who.partySize())
                .append("phoneKey", RegistrationSecrets.phoneKey(pending.sessionId(), who.phone()))
                .append("status", pending.status().name())
                .append("checkInCode", pending.checkInCode())
                .append("tokenHash", pending.tokenHash())
                .append("createdAt", Date.from(pending.createdAt()));
        try {
            mongo.insert(document, COLLECTION);
            return true;
        } catch (DuplicateKeyException clash) {
            return false;
        }
    }

    @Override
    public Optional<Registration> byId(String id) {
        return Optional.ofNullable(mongo.findOne(copied(query(where("_id").is(id))), Document.class, COLLECTION))
                .map(MongoRegistrations::read);
    }

    /**
     * Every read names a projection: without one the embedded store hands its stored documents themselves to the
     * wire encoder after releasing its lock, and a concurrent update (the relay's outbox above all) makes the
     * encoding fail and the connection close. An exclusion makes it encode a copy; it also leaves the outbox out.
     */
    private static Query copied(Query query) {
        query.fields().exclude(EventOutbox.FIELD).exclude(EventOutbox.LEASE_FIELD);
        return query;
    }

    @Override
    public Registration confirm(Registration pending, Instant at) {
        outbox.updateFirst(
                query(where("_id").is(pending.id())),
                new Update().set("status", RegistrationStatus.CONFIRMED.name()).set("confirmedAt", Date.from(at)),
                COLLECTION,
                RegistrationEvents.confirmed(pending, at));
        return pending.withStatus(RegistrationStatus.CONFIRMED);
    }

    @Override
    public Registration waitlist(Registration pending, Places.Ticket ticket, Instant at) {
        outbox.updateFirst(
                query(where("_id").is(pending.id())),
                new Update()
                        .set("status", RegistrationStatus.WAITLISTED.name())
                        .set("waitTicket", ticket.number())
                        .set("waitlistedAt", Date.from(at)),
                COLLECTION,
                RegistrationEvents.waitlisted(pending, ticket.position(), at));
        Registration waiting = pending.withStatus(RegistrationStatus.WAITLISTED);
        return new Registration(
                waiting.id(),
                waiting.sessionId(),
                waiting.venueId(),
                waiting.hostUnit(),
                waiting.audience(),
                waiting.registrant(),
                waiting.status(),
                waiting.checkInCode(),
                waiting.tokenHash(),
                waiting.createdAt(),
                ticket.number(),
                false,
                null);
    }

    @Override
    public boolean promote(Registration waiting, Instant at) {
        return outbox.updateFirst(
                                query(where("_id")
                                        .is(waiting.id())
                                        .and("status")
                                        .is("WAITLISTED")),
                                new Update()
                                        .set("status", RegistrationStatus.CONFIRMED.name())
                                        .set("promoted", true)
                                        .set("confirmedAt", Date.from(at)),
                                COLLECTION,
                                RegistrationEvents.promoted(waiting, at))
                        .getModifiedCount()
                == 1;
    }

    @Override
    public boolean cancel(Registration registration, RegistrationStatus from, Instant at, boolean byStaff) {
        return outbox.updateFirst(
                                query(where("_id")
                                        .is(registration.id())
                                        .and("status")
                                        .is(from.name())),
                                new Update()
                                        .set("status", RegistrationStatus.CANCELLED.name())
                                        .set("cancelledAt", Date.from(at))
                                        .set("cancelledByStaff", byStaff),
                                COLLECTION,
                                RegistrationEvents.cancelled(registration.withStatus(from), byStaff, at))
                        .getModifiedCount()
                == 1;
    }

    @Override
    public List<Registration> waiting(String sessionId, Audience audience, int limit) {
        Query waiting = query(where("sessionId")
                        .is(sessionId)
                        .and("status")
                        .is("WAITLISTED")
                        .and("audience")
                        .is(audience.name()))
                .with(Sort.by("waitTicket", "createdAt"))
                .limit(limit);
        return mongo.find(copied(waiting), Document.class, COLLECTION).stream()
                .map(MongoRegistrations::read)
                .toList();
    }

    @Override
    public int position(Registration waiting) {
        Query ahead = query(where("sessionId")
                .is(waiting.sessionId())
                .and("status")
                .is("WAITLISTED")
                .and("audience")
                .is(waiting.audience().name())
                .and("waitTicket")
                .lt(waiting.waitTicket()));
        return (int) mongo.count(ahead, COLLECTION) + 1;
    }

    @Override
    public List<Registration> pendingBefore(Instant before, int limit) {
        Query stragglers = query(where("status").is("PENDING").and("createdAt").lt(Date.from(before)))
                .limit(limit);
        return mongo.find(copied(stragglers), Document.class, COLLECTION).stream()
                .map(MongoRegistrations::read)
                .toList();
    }

    @Override
    public List<Registration> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return mongo.find(copied(query(where("_id").in(ids))), Document.class, COLLECTION).stream()
                .map(MongoRegistrations::read)
                .toList();
    }

    @Override
    public void forEachOfSession(String sessionId, Consumer<Registration> visitor) {
        Query of = query(where("sessionId").is(sessionId)).with(Sort.by("createdAt", "_id"));
        try (var stream = mongo.stream(copied(of), Document.class, COLLECTION)) {
            stream.map(MongoRegistrations::read).forEach(visitor);
        }
    }

    @Override
    public Optional<Registration> byCheckInCode(String code) {
        // The filter is exactly the unique index's key: the embedded store answers it from the index.
        return Optional.ofNullable(
                        mongo.findOne(copied(query(where("checkInCode").is(code))), Document.class, COLLECTION))
                .map(MongoRegistrations::read);
    }

    static Registration read(Document d) {
        Number ticket = d.get("waitTicket", Number.class);
        Date cancelled = d.getDate("cancelledAt");
        return new Registration(
                d.getString("_id"),
                d.getString("sessionId"),
                d.getString("venueId"),
                d.getString("hostUnit"),
                Audience.valueOf(d.getString("audience")),
                new Registrant(
                        d.getString("name"),
                        d.getString("phone"),
                        d.get("partySize", Number.class).intValue()),
                RegistrationStatus.valueOf(d.getString("status")),
                d.getString("checkInCode"),
                d.getString("tokenHash"),
                d.getDate("createdAt").toInstant(),
                ticket == null ? null : ticket.longValue(),
                Boolean.TRUE.equals(d.getBoolean("promoted")),
                cancelled == null ? null : cancelled.toInstant());
    }
}
