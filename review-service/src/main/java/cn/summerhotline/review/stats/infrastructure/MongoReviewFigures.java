package cn.summerhotline.review.stats.infrastructure;

import static cn.summerhotline.platform.events.store.StoredValues.enumOf;
import static cn.summerhotline.platform.events.store.StoredValues.instant;

import cn.summerhotline.review.audit.application.AuditScope;
import cn.summerhotline.review.audit.infrastructure.StoredItems;
import cn.summerhotline.review.stats.application.ReviewFigures;
import cn.summerhotline.review.stats.model.TimeAtLevel;
import cn.summerhotline.review.workflow.model.ReviewLevel;
import cn.summerhotline.review.workflow.model.ReviewStatus;
import cn.summerhotline.review.workflow.model.Step;
import cn.summerhotline.review.workflow.model.TakedownKind;
import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;

/**
 * The figures of {@code review_items}, read by the field names the workflow's stored mapping spells out for this
 * purpose (workflow.infrastructure.ReviewItemDocuments): {@code unit}, {@code squad}, {@code status}, {@code
 * level}, {@code levelSince} and the history's {@code at}, {@code step}, {@code level}, {@code actor} and {@code
 * takedownKind}. The counts are pipelines of the stages both MongoDB and the embedded store run ({@code $match},
 * {@code $unwind}, {@code $group}); {@code ReviewStatisticsIT} runs them on the embedded store.
 */
@Repository
class MongoReviewFigures implements ReviewFigures {

    private final MongoOperations mongo;

    MongoReviewFigures(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<StatusCount> byStatusAndLevel(AuditScope scope) {
        List<StatusCount> counts = new ArrayList<>();
        aggregate(List.of(
                        new Document("$match", StoredItems.scoped(scope)),
                        new Document(
                                "$group",
                                new Document("_id", new Document("status", "$status").append("level", "$level"))
                                        .append("items", new Document("$sum", 1)))))
                .forEach(row -> {
                    Document key = row.get("_id", Document.class);
                    counts.add(new StatusCount(
                            enumOf(ReviewStatus.class, key.getString("status")),
                            enumOf(ReviewLevel.class, key.getString("level")),
                            count(row, "items")));
                });
        counts.sort((a, b) -> a.status() != b.status()
                ? a.status().compareTo(b.status())
                : a.level().compareTo(b.level()));
        return counts;
    }

    @Override
    public Map<ReviewLevel, Long> pendingSince(AuditScope scope, Map<ReviewLevel, Instant> enteredBefore) {
        List<Document> levels = new ArrayList<>();
        enteredBefore.forEach((level, before) -> levels.add(
                new Document("level", level.name()).append("levelSince", new Document("$lt", Date.from(before)))));
        Document match = StoredItems.scoped(scope)
                .append("status", ReviewStatus.PENDING.name())
                .append("$or", levels);
        Map<ReviewLevel, Long> counts = new EnumMap<>(ReviewLevel.class);
        aggregate(List.of(
                        new Document("$match", match),
                        new Document("$group", new Document("_id", "$level").append("items", new Document("$sum", 1)))))
                .forEach(row -> counts.put(enumOf(ReviewLevel.class, row.getString("_id")), count(row, "items")));
        return counts;
    }

    /** Grouped twice, by entry and item first, so that items are counted without collecting their ids. */
    @Override
    public List<StepCount> steps(AuditScope scope, Instant from, Instant to) {
        Document period = StoredItems.period(from, to);
        List<StepCount> counts = new ArrayList<>();
        aggregate(List.of(
                        new Document(
                                "$match",
                                StoredItems.scoped(scope)
                                        .append("history", new Document("$elemMatch", new Document("at", period)))),
                        // A copy of the one field needed: the embedded store hands the stages its live
                        // documents, and $unwind copies the whole of each, which a write at the same moment (the
                        // outbox relay's) may be changing.
                        new Document("$project", new Document("history", 1)),
                        new Document("$unwind", "$history"),
                        new Document("$match", new Document("history.at", period)),
                        new Document(
                                "$group",
                                new Document(
                                                "_id",
                                                new Document("step", "$history.step")
                                                        .append("kind", "$history.takedownKind")
                                                        .append("item", "$_id"))
                                        .append("entries", new Document("$sum", 1))),
                        new Document(
                                "$group",
                                new Document("_id", new Document("step", "$_id.step").append("kind", "$_id.kind"))
                                        .append("entries", new Document("$sum", "$entries"))
                                        .append("items", new Document("$sum", 1)))))
                .forEach(row -> {
                    Document key = row.get("_id", Document.class);
                    counts.add(new StepCount(
                            enumOf(Step.class, key.getString("step")),
                            enumOf(TakedownKind.class, key.getString("kind")),
                            count(row, "entries"),
                            count(row, "items")));
                });
        counts.sort((a, b) -> a.step() != b.step()
                ? a.step().compareTo(b.step())
                : String.valueOf(a.takedownKind()).compareTo(String.valueOf(b.takedownKind())));
        return counts;
    }

    @Override
    public void decidedHistories(AuditScope scope, Instant from, Instant to, Consumer<List<TimeAtLevel.Entry>> each) {
        Document decided = new Document(
                "$elemMatch",
                new Document("step", new Document("$in", List.of(Step.APPROVED.name(), Step.REJECTED.name())))
                        .append("at", StoredItems.period(from, to)));
        collection()
                .find(StoredItems.scoped(scope).append("history", decided))
                .projection(new Document("history.at", 1)
                        .append("history.step", 1)
                        .append("history.level", 1)
                        .append("history.actor", 1))
                .batchSize(StoredItems.BATCH)
                .forEach(item -> each.accept(item.getList("history", Document.class).stream()
                        .map(h -> new TimeAtLevel.Entry(
                                instant(h, "at"),
                                enumOf(Step.class, h.getString("step")),
                                enumOf(ReviewLevel.class, h.getString("level")),
                                h.getString("actor")))
                        .toList()));
    }

    private Iterable<Document> aggregate(List<Document> pipeline) {
        return collection().aggregate(pipeline).allowDiskUse(true);
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(StoredItems.COLLECTION);
    }

    private static long count(Document row, String field) {
        return row.get(field) instanceof Number n ? n.longValue() : 0;
    }
}
