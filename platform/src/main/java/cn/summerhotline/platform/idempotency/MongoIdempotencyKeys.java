package cn.summerhotline.platform.idempotency;

import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Idempotency keys as documents of the service's {@code idempotencyKeys} collection, keyed by {@code
 * <caller>:<key>}: the first insert wins, a concurrent or later one finds it. Kept without expiry (the store has
 * no TTL indexes); they are small. Each service names the field that holds its record's id, which is part of its
 * stored data ({@code complaintId}, {@code reviewId}).
 */
public final class MongoIdempotencyKeys implements IdempotencyKeys {

    public static final String COLLECTION = "idempotencyKeys";

    private final MongoOperations mongo;
    private final Clock clock;
    private final String recordField;

    public MongoIdempotencyKeys(MongoOperations mongo, Clock clock, String recordField) {
        this.mongo = mongo;
        this.clock = clock;
        this.recordField = recordField;
    }

    @Override
    public Claim claim(String key, String fingerprint, String recordId) {
        try {
            mongo.insert(
                    new Document("_id", key)
                            .append("fingerprint", fingerprint)
                            .append(recordField, recordId)
                            .append("at", Date.from(clock.instant())),
                    COLLECTION);
            return new Claim(key, fingerprint, recordId);
        } catch (DuplicateKeyException taken) {
            return find(key).orElseThrow(() -> taken);
        }
    }

    @Override
    public Optional<Claim> find(String key) {
        Document earlier = mongo.findOne(Query.query(Criteria.where("_id").is(key)), Document.class, COLLECTION);
        return Optional.ofNullable(earlier)
                .map(found -> new Claim(key, found.getString("fingerprint"), found.getString(recordField)));
    }
}
