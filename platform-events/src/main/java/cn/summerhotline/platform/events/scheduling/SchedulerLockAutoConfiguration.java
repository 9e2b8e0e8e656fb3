package cn.summerhotline.platform.events.scheduling;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * Scheduled work that must run on one replica at a time, whatever the number of replicas: a method annotated
 * {@code @SchedulerLock(name = "...")} beside its {@code @Scheduled} runs only where this lock is taken, and is
 * skipped (not queued) on every other replica until it is released.
 *
 * <p>Why ShedLock on the service's own MongoDB rather than leader election or a home-made lease: every service
 * already has the store, a lock is one conditional update of one small document ({@value #COLLECTION}), a
 * crashed holder's lock expires at {@code lockAtMostFor} (ten minutes unless the job names less), and there is
 * nothing else to run or to keep alive. Work that is safe on every replica at once (the outbox relay, which
 * leases each document it publishes; a replica's own in-memory caches) takes no lock.
 */
@AutoConfiguration(after = DataMongoAutoConfiguration.class)
@ConditionalOnClass({LockProvider.class, MongoLockProvider.class})
@ConditionalOnBean(MongoDatabaseFactory.class)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
public class SchedulerLockAutoConfiguration {

    /** The collection of the locks, one document per job name, in the service's own database. */
    public static final String COLLECTION = "scheduled_locks";

    @Bean
    @ConditionalOnMissingBean
    LockProvider scheduledWorkLocks(MongoDatabaseFactory mongo) {
        return new MongoLockProvider(mongo.getMongoDatabase().getCollection(COLLECTION));
    }
}
