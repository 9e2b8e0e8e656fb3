package cn.summerhotline.complaint.infrastructure;

import cn.summerhotline.complaint.application.IdempotencyKeys;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Idempotency keys as documents keyed by {@code <caller>:<key>}: the first insert wins, a concurrent or later
 * one finds it. Kept without expiry (the store has no TTL indexes); they are small.
 */
@Repository
class MongoIdempotencyKeys implements IdempotencyKeys {

    static final String COLLECTION = "idempotencyKeys";

    private final MongoOperations mongo;
    private final Clock clock;

    MongoIdempotencyKeys(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public Claim claim(String key, String fingerprint, String complaintId) {
        try {
            mongo.insert(
                    new Document("_id", key)
                            .append("fingerprint", fingerprint)
                            .append("complaintId", complaintId)
                            .append("at", Date.from(clock.instant())),
                    COLLECTION);
            return new Claim(key, fingerprint, complaintId);
        } catch (DuplicateKeyException taken) {
            return find(key).orElseThrow(() -> taken);
        }
    }

    @Override
    public Optional<Claim> find(String key) {
        Document earlier = mongo.findOne(Query.query(Criteria.where("_id").is(key)), Document.class, COLLECTION);
        return Optional.ofNullable(earlier)
                .map(found -> new Claim(key, found.getString("fingerprint"), found.getString("complaintId")));
    }
}
