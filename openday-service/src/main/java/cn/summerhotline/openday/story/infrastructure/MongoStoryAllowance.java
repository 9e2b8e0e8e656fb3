package cn.summerhotline.openday.story.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.summerhotline.openday.story.application.StoryAllowance;
import java.time.Clock;
import java.time.Duration;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A fixed window per client in {@code story_limits}: one atomic upserted {@code $inc} per story, keyed by the
 * client's hash and the window's start, so every replica counts the same and no read precedes the write.
 * Old windows are removed as new ones start (the store has no TTL index).
 */
class MongoStoryAllowance implements StoryAllowance {

    static final String COLLECTION = "story_limits";

    private final MongoOperations mongo;
    private final Clock clock;
    private final int perWindow;
    private final Duration window;

    MongoStoryAllowance(MongoOperations mongo, Clock clock, int perWindow, Duration window) {
        this.mongo = mongo;
        this.clock = clock;
        this.perWindow = perWindow;
        this.window = window;
    }

    @Override
    public long take(String clientHash) {
        long now = clock.millis();
        long start = now - Math.floorMod(now, window.toMillis());
        Document counted = mongo.findAndModify(
                query(where("_id").is(clientHash + ":" + start)),
                new Update().inc("count", 1).setOnInsert("windowStart", start),
                FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class,
                COLLECTION);
        if (counted.getInteger("count", 1) == 1) {
            mongo.remove(query(where("windowStart").lt(start)), COLLECTION);
        }
        if (counted.getInteger("count", 1) > perWindow) {
            return Math.max(1, (start + window.toMillis() - now + 999) / 1000);
        }
        return 0;
    }
}
