import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
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
import org.bson.Document;

/**
 * The store's own ceiling for openday-service's quiz attempts, with the MongoDB driver straight at the store: the
 * same insert as the service (MongoQuizAttempts), one document keyed {@code <quiz>:<participant>} with its
 * quiz.attempted event in the document's outbox, the key's uniqueness refusing a second attempt; every
 * {@code repeatEvery}-th attempt repeats the participant before it, as the crowd does. Without HTTP, Spring or
 * the relay. Run by bench/quiz/run.sh in a database of its own.
 *
 * <p>{@code watch <connection string> <quiz> <attempts> <stall seconds> <file>}: watches a crowd instead (below).
 *
 * <p>Arguments: the connection string, attempts, repeat-every, threads, rounds, the file the figures go to (one
 * line per round: attempts/s, inserted, refused, errors).
 */
public class QuizStoreBench {

    public static void main(String[] args) throws Exception {
        if (args[0].equals("watch")) {
            watch(args[1], Long.parseLong(args[2]), Double.parseDouble(args[3]), Path.of(args[4]));
            return;
        }
        String uri = args[0];
        int attempts = Integer.parseInt(args[1]);
        int every = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        int rounds = Integer.parseInt(args[4]);
        Path out = Path.of(args[5]);
        List<String> lines = new ArrayList<>();
        try (MongoClient client =
                MongoClients.create(uri + (uri.contains("?") ? "&" : "/?") + "maxPoolSize=" + (threads + 8))) {
            MongoDatabase db = client.getDatabase("openday_quiz_bench");
            for (int round = 0; round <= rounds; round++) {
                String line = round(db, attempts, every, threads);
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
     * Watches a crowd from the store's side: the number of documents in {@code quiz_attempts} (a count without a
     * filter, which the store answers without reading the documents) five times a second, until it has grown by
     * {@code expected} or stood still for {@code stall} seconds. Writes the epoch milliseconds of the last change
     * and the growth to {@code out}.
     */
    static void watch(String uri, long expected, double stall, Path out) throws Exception {
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> attempts = client.getDatabase("openday").getCollection("quiz_attempts");
            long base = attempts.estimatedDocumentCount();
            long grown = 0;
            long lastChange = System.currentTimeMillis();
            System.out.println("watching");
            while (grown < expected && (grown == 0 || System.currentTimeMillis() - lastChange < stall * 1000)) {
                Thread.sleep(200);
                long now = attempts.estimatedDocumentCount() - base;
                if (now != grown) {
                    grown = now;
                    lastChange = System.currentTimeMillis();
                }
            }
            Files.writeString(out, lastChange + " " + grown + "\n");
        }
    }

    static String round(MongoDatabase db, int attempts, int every, int threads) throws Exception {
        db.drop();
        MongoCollection<Document> collection = db.getCollection("quiz_attempts");
        String quiz = "bench-quiz-" + UUID.randomUUID().toString().substring(0, 8);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger inserted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int n; (n = next.getAndIncrement()) < attempts; ) {
                    int participant = (n + 1) % every == 0 ? n - 1 : n;
                    try {
                        collection.insertOne(attempt(quiz, participant));
                        inserted.incrementAndGet();
                    } catch (MongoWriteException e) {
                        if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                            refused.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
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
        return String.format("%.0f %d %d %d", attempts / seconds, inserted.get(), refused.get(), errors.get());
    }

    /** An attempt as the service stores it: the participant a keyed hash, the name masked, the event inside. */
    static Document attempt(String quiz, int participant) {
        String hash = String.format("%064x", (long) participant * 2654435761L);
        String eventId = UUID.randomUUID().toString();
        Document event = new Document("id", eventId)
                .append("type", "summerhotline.openday.quiz.attempted.v1")
                .append("routingKey", "openday.quiz.attempted.city")
                .append("subject", quiz)
                .append("time", new Date().toInstant().toString())
                .append("envelope", "{\"specversion\":\"1.0\",\"id\":\"" + eventId
                        + "\",\"source\":\"openday-service\",\"type\":\"summerhotline.openday.quiz.attempted.v1\","
                        + "\"subject\":\"" + quiz + "\",\"datacontenttype\":\"application/json\",\"data\":{\"quizId\":\""
                        + quiz + "\",\"year\":2021,\"topic\":\"WASTE_SORTING\",\"correct\":2,\"questions\":3,"
                        + "\"seconds\":42,\"at\":\"2021-07-12T02:00:00Z\"}}");
        return new Document("_id", quiz + ":" + hash)
                .append("quizId", quiz)
                .append("maskedName", "李**")
                .append("correct", 2)
                .append("questions", 3)
                .append("seconds", 42)
                .append("at", new Date())
                .append("outbox", List.of(event));
    }
}
