import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The store's own ceiling for openday-service's registration path, with the MongoDB driver straight at the store:
 * the same writes in the same order as the service (MongoPlaces, MongoRegistrations), without HTTP, Spring or the
 * relay. Per attempt: insert the PENDING registration under its unique keys; the guarded take on the session's
 * counter; then either the confirmation by _id with its outbox entry, or the waiting-list ticket (findAndModify)
 * and the waitlisting by _id with its outbox entry. Run by bench/registration/run.sh in a database of its own.
 *
 * <p>{@code venue <connection string> <id>} stores the benchmark's venue instead.
 *
 * <p>Arguments: the connection string, attempts, places, threads, rounds, the file the figures go to (one line per
 * round: attempts/s, confirmed, waitlisted).
 */
public class RegistrationStoreBench {

    public static void main(String[] args) throws Exception {
        if (args[0].equals("venue")) {
            benchVenue(args[1], args[2]);
            return;
        }
        if (args[0].equals("watch")) {
            watch(args[1], args[2], Integer.parseInt(args[3]), Double.parseDouble(args[4]), Path.of(args[5]));
            return;
        }
        String uri = args[0];
        int attempts = Integer.parseInt(args[1]);
        int places = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        int rounds = Integer.parseInt(args[4]);
        Path out = Path.of(args[5]);
        List<String> lines = new ArrayList<>();
        try (MongoClient client = MongoClients.create(uri + (uri.contains("?") ? "&" : "/?") + "maxPoolSize=" + (threads + 8))) {
            MongoDatabase db = client.getDatabase("openday_bench");
            for (int round = 0; round <= rounds; round++) {
                String line = round(db, attempts, places, threads);
                System.err.println((round == 0 ? "warm-up: " : "round " + round + ": ") + line);
                if (round > 0) {
                    lines.add(line);
                }
            }
            db.drop();
        }
        Files.write(out, lines);
    }

    /**
     * The benchmark's venue, hosted by Xuhui, stored as openday-service's venue port stores one (the service has
     * no venue API of its own yet: venues come from the year's seed).
     */
    static void benchVenue(String uri, String id) {
        try (MongoClient client = MongoClients.create(uri)) {
            client.getDatabase("openday")
                    .getCollection("venues")
                    .replaceOne(
                            Filters.eq("_id", id),
                            new Document("_id", id)
                                    .append("year", 2021)
                                    .append("name", "基准测试分会场")
                                    .append("address", "徐汇区")
                                    .append("hostUnit", "xuhui")
                                    .append("squad", null)
                                    .append("kind", "SUB"),
                            new com.mongodb.client.model.ReplaceOptions().upsert(true));
        }
    }

    /**
     * Watches a crowd from the store's side: reads the session's place counter by {@code _id} (the one read the
     * embedded store answers from an index; the session's figures endpoint counts the registrations, a scan) five
     * times a second, and returns once the registrations that reached it (places taken plus waiting-list tickets,
     * every party of one) number {@code attempts}, or once that count has stood still for {@code stall} seconds.
     * Writes the epoch milliseconds of the count's last change and the count to {@code out}.
     */
    static void watch(String uri, String session, int attempts, double stall, Path out) throws Exception {
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> counters = client.getDatabase("openday").getCollection("session_places");
            long count = -1;
            long lastChange = System.currentTimeMillis();
            System.out.println("watching");
            while (count < attempts && (count <= 0 || System.currentTimeMillis() - lastChange < stall * 1000)) {
                Thread.sleep(200);
                Document counter = counters.find(Filters.eq("_id", session))
                        .projection(Projections.include("total", "queued"))
                        .first();
                long now = counter == null
                        ? 0
                        : ((Number) counter.get("total")).longValue()
                                + counter.get("queued", Document.class).values().stream()
                                        .mapToLong(v -> ((Number) v).longValue())
                                        .sum();
                if (now != count) {
                    count = now;
                    lastChange = System.currentTimeMillis();
                }
            }
            Files.writeString(out, lastChange + " " + count + "\n");
        }
    }

    static String round(MongoDatabase db, int attempts, int places, int threads) throws Exception {
        db.drop();
        MongoCollection<Document> registrations = db.getCollection("registrations");
        MongoCollection<Document> counters = db.getCollection("session_places");
        registrations.createIndex(Indexes.ascending("phoneKey"), new IndexOptions().unique(true));
        registrations.createIndex(Indexes.ascending("checkInCode"), new IndexOptions().unique(true));
        String session = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        counters.insertOne(new Document("_id", session)
                .append("capacity", places)
                .append("quota", new Document("PUBLIC", places))
                .append("taken", new Document("PUBLIC", 0))
                .append("total", 0)
                .append("waiting", new Document("PUBLIC", 0))
                .append("queued", new Document("PUBLIC", 0))
                .append("left", new Document("PUBLIC", 0))
                .append("holders", new Document()));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger confirmed = new AtomicInteger();
        AtomicInteger waitlisted = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int n; (n = next.getAndIncrement()) < attempts; ) {
                    try {
                        if (attempt(registrations, counters, session, places, n)) {
                            confirmed.incrementAndGet();
                        } else {
                            waitlisted.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        return String.format(
                "%.0f %d %d %d", attempts / seconds, confirmed.get(), waitlisted.get(), errors.get());
    }

    static boolean attempt(
            MongoCollection<Document> registrations, MongoCollection<Document> counters, String session, int places,
            int n) {
        String id = String.format("b%015d", n);
        String phone = String.format("139%08d", n);
        registrations.insertOne(new Document("_id", id)
                .append("sessionId", session)
                .append("venueId", "bench-venue")
                .append("hostUnit", "xuhui")
                .append("audience", "PUBLIC")
                .append("name", "王小明")
                .append("phone", phone)
                .append("partySize", 1)
                .append("phoneKey", session + ":" + phone)
                .append("status", "PENDING")
                .append("checkInCode", String.format("C%07d", n))
                .append("tokenHash", UUID.randomUUID().toString() + UUID.randomUUID())
                .append("createdAt", new Date()));
        Bson guard = Filters.and(
                Filters.eq("_id", session),
                Filters.lte("taken.PUBLIC", places - 1),
                Filters.lte("total", places - 1),
                Filters.exists("holders." + id, false),
                Filters.lte("waiting.PUBLIC", 0));
        boolean took = counters.updateOne(
                                guard,
                                Updates.combine(
                                        Updates.inc("taken.PUBLIC", 1),
                                        Updates.inc("total", 1),
                                        Updates.set("holders." + id, 1)))
                        .getModifiedCount()
                == 1;
        if (took) {
            registrations.updateOne(
                    Filters.eq("_id", id),
                    Updates.combine(
                            Updates.set("status", "CONFIRMED"),
                            Updates.set("confirmedAt", new Date()),
                            Updates.push("outbox", outboxEntry(id, "confirmed"))));
            return true;
        }
        Document ticket = counters.findOneAndUpdate(
                Filters.eq("_id", session),
                Updates.combine(Updates.inc("waiting.PUBLIC", 1), Updates.inc("queued.PUBLIC", 1)),
                new FindOneAndUpdateOptions()
                        .returnDocument(ReturnDocument.AFTER)
                        .projection(Projections.include("queued.PUBLIC", "left.PUBLIC", "taken.PUBLIC", "total")));
        long number = ((Number) ticket.get("queued", Document.class).get("PUBLIC")).longValue();
        registrations.updateOne(
                Filters.eq("_id", id),
                Updates.combine(
                        Updates.set("status", "WAITLISTED"),
                        Updates.set("waitTicket", number),
                        Updates.set("waitlistedAt", new Date()),
                        Updates.push("outbox", outboxEntry(id, "waitlisted"))));
        return false;
    }

    /** An outbox entry of the size the service writes (its envelope is about 450 bytes). */
    static Document outboxEntry(String id, String event) {
        String eventId = UUID.randomUUID().toString();
        return new Document("id", eventId)
                .append("type", "summerhotline.registration." + event + ".v1")
                .append("routingKey", "registration." + event + ".xuhui")
                .append("subject", id)
                .append("time", new Date().toInstant().toString())
                .append("envelope", "{\"specversion\":\"1.0\",\"id\":\"" + eventId
                        + "\",\"source\":\"openday-service\",\"type\":\"summerhotline.registration." + event
                        + ".v1\",\"subject\":\"" + id + "\",\"datacontenttype\":\"application/json\",\"data\":"
                        + "{\"registrationId\":\"" + id + "\",\"sessionId\":\"bench-session-0000\",\"venueId\":"
                        + "\"bench-venue\",\"audience\":\"PUBLIC\",\"partySize\":1,\"at\":\"2021-07-10T02:00:00Z\"}}");
    }
}
