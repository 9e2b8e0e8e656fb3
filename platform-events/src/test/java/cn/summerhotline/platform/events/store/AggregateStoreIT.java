package cn.summerhotline.platform.events.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.summerhotline.platform.events.EventOutbox;
import cn.summerhotline.platform.events.OutboxEntry;
import cn.summerhotline.platform.events.OutboxWrites;
import cn.summerhotline.platform.events.OutgoingEvent;
import cn.summerhotline.testsupport.Infrastructure;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.json.JsonMapper;

/** The version-guarded store of aggregates and their outbox, against the store the tests run on. */
class AggregateStoreIT {

    private static MongoClient client;
    private static MongoTemplate mongo;

    private final String collection = "parcels-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> notified = new CopyOnWriteArrayList<>();
    private final List<Document> read = new CopyOnWriteArrayList<>();
    private EventOutbox outbox;
    private AggregateStore<Parcel> parcels;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(Infrastructure.start().mongoUri());
        mongo = new MongoTemplate(client, "platform-events-it");
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @BeforeEach
    void storeOfParcels() {
        OutboxWrites writes = new OutboxWrites();
        writes.subscribe((written, id) -> notified.add(written + "/" + id));
        outbox = new EventOutbox(
                mongo,
                new JsonMapper(),
                "aggregate-store-it",
                List.of(),
                Clock.systemUTC(),
                Duration.ofSeconds(30),
                writes);
        parcels = new AggregateStore<>(mongo, outbox, collection, new Parcel.Mapping(Set.of("status", "note"), read));
    }

    @AfterEach
    void dropParcels() {
        mongo.dropCollection(collection);
    }

    @Test
    void shouldStoreANewAggregateWithItsEventsInTheOutbox() {
        boolean added = parcels.insert(Parcel.received("p-1", "易碎"));

        assertThat(added).isTrue();
        Document stored = stored("p-1");
        assertThat(stored.getString("status")).isEqualTo("received");
        assertThat(stored.getLong(AggregateStore.VERSION)).isZero();
        assertThat(OutboxEntry.in(stored)).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo("summerhotline.parcel.received.v1");
            assertThat(entry.subject()).isEqualTo("p-1");
        });
        assertThat(notified).containsExactly(collection + "/p-1");
        assertThat(outbox.collections()).contains(collection);
    }

    @Test
    void shouldSetAndUnsetTheFieldsRaiseTheVersionAndAppendTheEventsOfAnUpdate() {
        parcels.insert(Parcel.received("p-1", "易碎"));
        Parcel current = parcels.one(byId("p-1")).orElseThrow();

        Parcel updated = parcels.update(current.change("delivered", null, Parcel.event("p-1", "delivered")))
                .orElseThrow();

        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.events()).isEmpty();
        Document stored = stored("p-1");
        assertThat(stored.getString("status")).isEqualTo("delivered");
        assertThat(stored).doesNotContainKey("note");
        assertThat(stored.getLong(AggregateStore.VERSION)).isEqualTo(1);
        assertThat(OutboxEntry.in(stored))
                .extracting(OutboxEntry::type)
                .containsExactly("summerhotline.parcel.received.v1", "summerhotline.parcel.delivered.v1");
        assertThat(parcels.one(byId("p-1"))).contains(updated);
        assertThat(notified).containsExactly(collection + "/p-1", collection + "/p-1");
    }

    @Test
    void shouldRefuseAnUpdateOfAStaleCopyAndWriteNeitherItsFieldsNorItsEvents() {
        parcels.insert(Parcel.received("p-1", "易碎"));
        Parcel mine = parcels.one(byId("p-1")).orElseThrow();
        Parcel theirs = parcels.one(byId("p-1")).orElseThrow();
        parcels.update(theirs.change("delivered", "门口", Parcel.event("p-1", "delivered")));
        Document afterTheirs = stored("p-1");

        var result = parcels.update(mine.change("lost", null, Parcel.event("p-1", "lost")));

        assertThat(result).isEmpty();
        assertThat(stored("p-1")).isEqualTo(afterTheirs);
        assertThat(OutboxEntry.in(stored("p-1")))
                .extracting(OutboxEntry::type)
                .doesNotContain("summerhotline.parcel.lost.v1");
        assertThat(notified).hasSize(2);
    }

    @Test
    void shouldWriteNoOutboxEntryForAChangeWithoutEvents() {
        parcels.insert(new Parcel("p-1", "received", null, 0, List.of()));
        Parcel current = parcels.one(byId("p-1")).orElseThrow();

        Parcel updated = parcels.update(current.change("weighed", "2 kg")).orElseThrow();

        assertThat(updated.version()).isEqualTo(1);
        assertThat(stored("p-1")).doesNotContainKey(EventOutbox.FIELD).containsEntry("note", "2 kg");
        assertThat(notified).isEmpty();
    }

    @Test
    void shouldRefuseASecondAggregateUnderATakenIdWithoutAddingItsEvents() {
        parcels.insert(Parcel.received("p-1", "易碎"));
        Document first = stored("p-1");

        boolean added = parcels.insert(new Parcel("p-1", "forged", null, 0, List.of(Parcel.event("p-1", "forged"))));

        assertThat(added).isFalse();
        assertThat(stored("p-1")).isEqualTo(first);
        assertThat(OutboxEntry.in(stored("p-1")))
                .extracting(OutboxEntry::type)
                .containsExactly("summerhotline.parcel.received.v1");
        assertThat(notified).containsExactly(collection + "/p-1");
    }

    /**
     * The writer's relay reads a document it wrote by its id next, so the write itself leases it to that relay and
     * other instances' sweeps pass it by; a write by any other filter is left to the sweep, unleased.
     */
    @Test
    void shouldLeaseAWriteByIdToTheWritersRelayAndLeaveAnyOtherToTheSweep() {
        Date before = new Date();
        parcels.insert(Parcel.received("p-1", null));
        mongo.insert(new Document("_id", "p-2").append("status", "received"), collection);

        outbox.updateFirst(
                Query.query(Criteria.where("_id").ne("p-1").and("status").is("received")),
                new Update().set("status", "sent"),
                collection,
                OutgoingEvent.of("parcel", "sent", "xuhui", "p-2", Map.of("parcelId", "p-2")));

        assertThat(stored("p-1").getDate(EventOutbox.LEASE_FIELD))
                .isAfterOrEqualTo(
                        new Date(before.getTime() + Duration.ofSeconds(30).toMillis()));
        assertThat(stored("p-2")).containsEntry("status", "sent").doesNotContainKey(EventOutbox.LEASE_FIELD);
        assertThat(notified).containsExactly(collection + "/p-1", collection + "/null");
    }

    @Test
    void shouldNeverShowTheOutboxOrItsLeaseToTheMapping() {
        parcels.insert(Parcel.received("p-1", "易碎"));
        parcels.insert(Parcel.received("p-2", null));
        // As while a relay publishes p-1's events.
        mongo.updateFirst(byId("p-1"), new Update().set(EventOutbox.LEASE_FIELD, new Date()), collection);

        List<Parcel> visited = new ArrayList<>();
        parcels.forEach(new Query(), visited::add);

        assertThat(parcels.one(byId("p-1"))).map(Parcel::note).contains("易碎");
        assertThat(parcels.many(new Query())).extracting(Parcel::id).containsExactlyInAnyOrder("p-1", "p-2");
        assertThat(visited).extracting(Parcel::id).containsExactlyInAnyOrder("p-1", "p-2");
        assertThat(parcels.count(new Query())).isEqualTo(2);
        assertThat(read)
                .hasSize(5)
                .allSatisfy(document -> assertThat(document)
                        .doesNotContainKeys(EventOutbox.FIELD, EventOutbox.LEASE_FIELD)
                        .containsKeys("_id", "status", AggregateStore.VERSION));
    }

    @Test
    void shouldRefuseAMappingThatWritesAFieldItDoesNotDeclare() {
        AggregateStore<Parcel> careless =
                new AggregateStore<>(mongo, outbox, collection, new Parcel.Mapping(Set.of("status"), read));

        assertThatThrownBy(() -> careless.insert(Parcel.received("p-1", "易碎")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("note");
        assertThat(mongo.findById("p-1", Document.class, collection)).isNull();
        assertThat(notified).isEmpty();
    }

    private Document stored(String id) {
        return mongo.findById(id, Document.class, collection);
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
