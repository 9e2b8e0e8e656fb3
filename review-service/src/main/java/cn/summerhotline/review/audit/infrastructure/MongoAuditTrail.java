package cn.summerhotline.review.audit.infrastructure;

import static cn.summerhotline.platform.events.store.StoredValues.instant;
import static cn.summerhotline.platform.events.store.StoredValues.number;

import cn.summerhotline.review.audit.application.AuditEntry;
import cn.summerhotline.review.audit.application.AuditScope;
import cn.summerhotline.review.audit.application.AuditTrail;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Repository;

/**
 * The histories of {@code review_items} as one aggregation pipeline, read by the field names the workflow's
 * stored mapping spells out for this purpose (workflow.infrastructure.ReviewItemDocuments): the scope's items
 * with an entry in the period, one row per entry ({@code $unwind}, keeping its place in the history), those of
 * the period, in time order. Both MongoDB and the embedded store run it; the store sorts the period's entries
 * (at most a year of them, a few fields each), so the cursor hands them over without this service holding them.
 * The {@code $project} comes before the {@code $unwind} for the embedded store too: it hands the stages its live
 * documents, and {@code $unwind} copies the whole of each, which a write at the same moment may be changing.
 *
 * <p>Every field of an entry whose name ends in {@code Kind} is one of its kinds: the kinds the workflow adds to
 * its history later reach the export unchanged.
 */
@Repository
class MongoAuditTrail implements AuditTrail {

    private final MongoOperations mongo;

    /**
     * With an index on the entries' times, which the period's {@code $elemMatch} (here and in the statistics) uses
     * on MongoDB; the embedded store accepts it and scans.
     */
    MongoAuditTrail(MongoOperations mongo) {
        this.mongo = mongo;
        mongo.indexOps(StoredItems.COLLECTION).createIndex(new Index().on("history.at", Sort.Direction.ASC));
    }

    @Override
    public void entries(AuditScope scope, Instant from, Instant to, Consumer<AuditEntry> each) {
        Document period = StoredItems.period(from, to);
        Document items =
                StoredItems.scoped(scope).append("history", new Document("$elemMatch", new Document("at", period)));
        List<Document> pipeline = List.of(
                new Document("$match", items),
                new Document(
                        "$project",
                        new Document("source", 1)
                                .append("contentId", 1)
                                .append("unit", 1)
                                .append("squad", 1)
                                .append("title", 1)
                                .append("titles", titles())
                                .append("history", 1)),
                new Document("$unwind", new Document("path", "$history").append("includeArrayIndex", "place")),
                new Document("$match", new Document("history.at", period)),
                new Document(
                        "$sort", new Document("history.at", 1).append("_id", 1).append("place", 1)));
        mongo.getCollection(StoredItems.COLLECTION)
                .aggregate(pipeline)
                .allowDiskUse(true)
                .batchSize(StoredItems.BATCH)
                .forEach(row -> each.accept(entry(row)));
    }

    /** Each version's number and title, without its body: {@code $map}, which both stores run alike. */
    private static Document titles() {
        return new Document(
                "$map",
                new Document("input", "$versions")
                        .append("as", "v")
                        .append("in", new Document("number", "$$v.number").append("title", "$$v.title")));
    }

    private static AuditEntry entry(Document row) {
        Document h = row.get("history", Document.class);
        int version = number(h, "contentVersion").intValue();
        Map<String, String> kinds = new LinkedHashMap<>();
        h.forEach((field, value) -> {
            if (field.endsWith("Kind") && value instanceof String code) {
                kinds.put(field, code);
            }
        });
        return new AuditEntry(
                instant(h, "at"),
                row.getString("_id"),
                row.getString("source"),
                row.getString("contentId"),
                title(row, version),
                version,
                h.getString("step"),
                h.getString("level"),
                row.getString("unit"),
                row.getString("squad"),
                h.getString("actor"),
                h.getString("unit"),
                h.getString("status"),
                h.getString("reason"),
                kinds);
    }

    /** The title of the version the entry concerns; the latest one if that version is not found. */
    private static String title(Document row, int version) {
        for (Document v : row.getList("titles", Document.class, List.of())) {
            if (v.get("number") instanceof Number n && n.intValue() == version) {
                return v.getString("title");
            }
        }
        return row.getString("title");
    }
}
