package cn.summerhotline.review.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.review.screening.model.Screened;
import cn.summerhotline.review.workflow.application.ReviewItems;
import cn.summerhotline.review.workflow.model.Actor;
import cn.summerhotline.review.workflow.model.Content;
import cn.summerhotline.review.workflow.model.ContentKind;
import cn.summerhotline.review.workflow.model.Decision;
import cn.summerhotline.review.workflow.model.Origin;
import cn.summerhotline.review.workflow.model.ReviewItem;
import cn.summerhotline.review.workflow.model.Submission;
import cn.summerhotline.testsupport.Infrastructure;
import cn.summerhotline.testsupport.ServiceClient;
import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.TestTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The time from a takedown request to the arrival of its {@code review.takendown} event at a consumer, the way an
 * owner service hears it: a listener on its own queue bound to {@code review.takendown.*}. Published items are
 * taken down through the HTTP API one after the other (the next once the last one's event has arrived), as the
 * city reviewer; {@value #WARM_UP} first, not counted, then {@value #MEASURED}, whose request-start to
 * event-arrival times (and HTTP answer times) are written to {@code summer.bench.takedown.out}.
 *
 * <p>A benchmark, not a check: it runs only with {@code -Dsummer.bench.takedown=true} ({@code
 * bench/takedown/run.sh}) and asserts nothing about time. The service runs with the relay's own settings (an
 * interval of 1 s, woken by the write), not the tests' hour-long interval, so that what is measured is what
 * production does, with the real pre-screen; the store and broker are the tests' (embedded, or RabbitMQ when {@code
 * RABBITMQ_HOST} is set).
 */
@EnabledIfSystemProperty(named = "summer.bench.takedown", matches = "true")
@ServiceTest
class TakedownLatencyBenchmarkIT {

    static final int WARM_UP = 20;
    static final int MEASURED = 100;
    private static final Duration ARRIVAL = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ReviewItems reviewItems;

    @Autowired
    MongoOperations mongo;

    @Autowired
    ConnectionFactory connectionFactory;

    private final Map<String, CompletableFuture<Long>> arrivals = new ConcurrentHashMap<>();

    @Test
    void shouldMeasureTheTimeFromATakedownRequestToItsEventsArrival() throws Exception {
        RabbitAdmin admin = new RabbitAdmin(connectionFactory);
        // Plain and not auto-deleted, as the embedded broker wants it; deleted at the end.
        Queue queue = new Queue("takedown-bench." + UUID.randomUUID(), false, false, false);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue)
                .to(new TopicExchange(Infrastructure.start().eventsExchange()))
                .with("review.takendown.*"));
        SimpleMessageListenerContainer consumer = new SimpleMessageListenerContainer(connectionFactory);
        consumer.setQueueNames(queue.getName());
        consumer.setMessageListener(message -> {
            long arrived = System.nanoTime();
            String subject = JSON.readTree(message.getBody()).path("subject").asString();
            arrivals.computeIfAbsent(subject, id -> new CompletableFuture<>()).complete(arrived);
        });
        consumer.start();
        try {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                ids.add(published("bench-" + UUID.randomUUID()));
            }
            awaitOutboxEmpty();
            RestClient http = ServiceClient.on(port);
            String token = TestTokens.bearer(TestTokens.reviewer("city", null));
            List<Long> latencies = new ArrayList<>();
            List<Long> answers = new ArrayList<>();
            int arrivedFirst = 0;
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                CompletableFuture<Long> arrival = arrivals.computeIfAbsent(id, key -> new CompletableFuture<>());
                long start = System.nanoTime();
                int status = http.post()
                        .uri("/api/v1/reviews/" + id + "/takedown")
                        .header(HttpHeaders.AUTHORIZATION, token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"kind\": \"PUBLIC_OPINION\", \"reason\": \"引发舆情，立即下架\"}")
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode()
                        .value();
                long answered = System.nanoTime();
                assertThat(status).isEqualTo(200);
                long arrived = arrival.get(ARRIVAL.toMillis(), TimeUnit.MILLISECONDS);
                if (i >= WARM_UP) {
                    latencies.add(arrived - start);
                    answers.add(answered - start);
                    arrivedFirst += arrived < answered ? 1 : 0;
                }
            }
            write(latencies, answers, arrivedFirst);
        } finally {
            consumer.stop();
            admin.deleteQueue(queue.getName());
        }
    }

    /** A published item stored as the model makes it: what is measured is the takedown, not the approvals. */
    private String published(String contentId) {
        Instant now = Instant.now();
        Submission submission = new Submission(
                "publicity-service",
                contentId,
                1,
                new Content(ContentKind.ARTICLE, "夏季专项执法行动", "城管执法队员走进社区。", List.of()),
                new Origin("xuhui", null),
                new Actor("xuhui-admin", "xuhui", null),
                null);
        ReviewItem item = ReviewItem.submit(UUID.randomUUID().toString(), submission, Screened.CLEAN, now);
        item.decide(new Actor("xuhui-reviewer", "xuhui", null), Decision.APPROVE, null, 1, now);
        item.decide(new Actor("city-reviewer", "city", null), Decision.APPROVE, null, 1, now);
        assertThat(reviewItems.add(item)).isTrue();
        return item.id();
    }

    /** The items' published events gone first, so that the takedowns do not queue behind them. */
    private void awaitOutboxEmpty() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        Query pending = Query.query(Criteria.where("outbox.0").exists(true));
        while (mongo.count(pending, "review_items") > 0) {
            assertThat(System.nanoTime()).as("the outbox drained").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private void write(List<Long> latencies, List<Long> answers, int arrivedFirst) throws IOException {
        Infrastructure infrastructure = Infrastructure.start();
        Map<String, Object> server =
                connectionFactory.createConnection().getDelegate().getServerProperties();
        String broker = infrastructure.realRabbitMq()
                ? "RabbitMQ " + server.get("version") + " at " + infrastructure.rabbitHost() + ":"
                        + infrastructure.rabbitPort()
                : "embedded Qpid Broker-J " + server.get("version") + " (AMQP 0-9-1, in the test JVM, loopback)";
        String store = System.getenv("MONGODB_URI") == null
                ? "embedded mongo-java-server (memory backend, in the test JVM, loopback)"
                : "MongoDB from MONGODB_URI";
        String lines = String.join(
                "\n",
                "broker=" + broker,
                "store=" + store,
                "java=" + System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"),
                "warmUp=" + WARM_UP,
                "latencyMicros=" + micros(latencies),
                "answerMicros=" + micros(answers),
                "arrivedBeforeAnswer=" + arrivedFirst,
                "");
        Path out = Path.of(System.getProperty("summer.bench.takedown.out", "target/takedown-latency.properties"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, lines);
        System.out.println("Takedown latency written to " + out.toAbsolutePath() + "\n" + lines);
    }

    private static String micros(List<Long> nanos) {
        return nanos.stream().map(n -> String.valueOf(n / 1_000)).collect(Collectors.joining(","));
    }
}
