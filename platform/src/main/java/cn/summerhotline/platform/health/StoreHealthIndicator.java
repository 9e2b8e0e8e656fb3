package cn.summerhotline.platform.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The store's health by a {@code ping}: Boot's own MongoDB indicator sends {@code hello}, which the embedded
 * store does not answer, so it would report a working store as down.
 */
public final class StoreHealthIndicator implements HealthIndicator {

    private final MongoTemplate mongo;

    public StoreHealthIndicator(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Health health() {
        try {
            Document answer = mongo.executeCommand(new Document("ping", 1));
            return Health.up()
                    .withDetail("database", mongo.getDb().getName())
                    .withDetail("ok", answer.get("ok"))
                    .build();
        } catch (RuntimeException e) {
            return Health.down(e).build();
        }
    }
}
