package cn.summerhotline.platform.events.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.summerhotline.testsupport.Infrastructure;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Two replicas of one service, each its own application context, on one store: a job under
 * {@code @SchedulerLock} runs on one of them only, however often both schedulers fire.
 */
class ScheduledWorkOnceIT {

    /** Which replica ran the job, once per run; shared by both contexts of this JVM. */
    static final Queue<String> RUNS = new ConcurrentLinkedQueue<>();

    static final String DATABASE = "scheduled-work-it";

    @BeforeAll
    static void infrastructure() {
        Infrastructure.start();
    }

    /** Before and after each test, with both replicas stopped: no lock and no run left from another test. */
    @BeforeEach
    @AfterEach
    void clean() {
        try (MongoClient client = MongoClients.create(Infrastructure.start().mongoUri())) {
            client.getDatabase(DATABASE)
                    .getCollection(SchedulerLockAutoConfiguration.COLLECTION)
                    .drop();
        }
        RUNS.clear();
    }

    @Test
    void lockedJobRunsOnceAcrossTwoReplicasWhileBothSchedulersKeepFiring() {
        try (ConfigurableApplicationContext a = replica("a");
                ConfigurableApplicationContext b = replica("b")) {
            AtomicInteger askedA = a.getBean(CountingLocks.class).asked;
            AtomicInteger askedB = b.getBean(CountingLocks.class).asked;

            // Every 20 ms each replica's scheduler fires and asks the store for the lock.
            await().atMost(Duration.ofSeconds(20)).until(() -> askedA.get() >= 10 && askedB.get() >= 10);

            assertThat(RUNS).hasSize(1);
            assertThat(RUNS.peek()).isIn("a", "b");
        }
    }

    @Test
    void lockHeldByOneReplicaIsRefusedToTheOtherUntilReleasedOrExpired() {
        try (ConfigurableApplicationContext a = replica("a");
                ConfigurableApplicationContext b = replica("b")) {
            LockProvider first = a.getBean(LockProvider.class);
            LockProvider second = b.getBean(LockProvider.class);
            String name = "held-" + UUID.randomUUID();

            Optional<SimpleLock> held = first.lock(lock(name, Duration.ofMinutes(5)));
            assertThat(held).isPresent();
            assertThat(second.lock(lock(name, Duration.ofMinutes(5)))).isEmpty();

            held.orElseThrow().unlock();
            Optional<SimpleLock> taken = second.lock(lock(name, Duration.ofSeconds(3)));
            assertThat(taken).isPresent();
            assertThat(first.lock(lock(name, Duration.ofMinutes(5)))).isEmpty();

            // A holder that dies without unlocking: its lock lapses at lockAtMostFor and the other takes over.
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> first.lock(lock(name, Duration.ofMinutes(5))).isPresent());
        }
    }

    private static LockConfiguration lock(String name, Duration atMost) {
        return new LockConfiguration(Instant.now(), name, atMost, Duration.ZERO);
    }

    private static ConfigurableApplicationContext replica(String name) {
        // Arguments, not default properties: they must win over the module's test application.yml.
        return new SpringApplicationBuilder(Replica.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--replica.name=" + name,
                        "--spring.application.name=scheduled-work-" + name,
                        "--spring.mongodb.database=" + DATABASE,
                        "--spring.main.banner-mode=off");
    }

    /** A service replica reduced to what the lock needs: the store, the lock and one scheduled job. */
    @SpringBootConfiguration
    @EnableScheduling
    @ImportAutoConfiguration({
        MongoAutoConfiguration.class,
        DataMongoAutoConfiguration.class,
        SchedulerLockAutoConfiguration.class
    })
    static class Replica {

        @Bean
        static CountingLocks countingLocks() {
            return new CountingLocks();
        }

        @Bean
        Job job(@Value("${replica.name}") String name) {
            return new Job(name);
        }
    }

    /** The job as a service writes one; held for an hour after it ran, so a second run would be a failure. */
    static class Job {
        private final String replica;

        Job(String replica) {
            this.replica = replica;
        }

        @Scheduled(fixedDelay = 20)
        @SchedulerLock(name = "scheduled-work-once-it", lockAtLeastFor = "PT1H", lockAtMostFor = "PT2H")
        public void run() {
            RUNS.add(replica);
        }
    }

    /** Counts how often the replica asked for a lock, proving both schedulers kept trying. */
    static final class CountingLocks implements BeanPostProcessor {
        final AtomicInteger asked = new AtomicInteger();

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof LockProvider provider) {
                return (LockProvider) configuration -> {
                    asked.incrementAndGet();
                    return provider.lock(configuration);
                };
            }
            return bean;
        }
    }
}
