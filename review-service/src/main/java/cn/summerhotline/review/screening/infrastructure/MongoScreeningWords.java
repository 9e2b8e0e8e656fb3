package cn.summerhotline.review.screening.infrastructure;

import cn.summerhotline.review.screening.application.ConcurrentListChange;
import cn.summerhotline.review.screening.application.Page;
import cn.summerhotline.review.screening.application.ScreeningWords;
import cn.summerhotline.review.screening.application.WordFilter;
import cn.summerhotline.review.screening.model.ScreeningAction;
import cn.summerhotline.review.screening.model.ScreeningWord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The word lists in {@code screening_words}, one document per entry keyed by the entry's id (derived from its
 * folded word, so the store refuses a second copy of a word by its primary key alone), and the change counter
 * as one document of {@code screening_words_version}: read by {@code _id}, the cheapest read on any store, by
 * every replica every second.
 *
 * <p>Entries carry no events, so they are plain single-document writes rather than an aggregate with an outbox.
 * The counter is raised after the entries are written: a replica that sees the new counter reads the new entries.
 */
@Repository
class MongoScreeningWords implements ScreeningWords {

    static final String COLLECTION = "screening_words";
    static final String VERSION_COLLECTION = "screening_words_version";
    private static final String VERSION_ID = "words";

    private final MongoOperations mongo;

    MongoScreeningWords(MongoOperations mongo) {
        this.mongo = mongo;
        // For the list's filters on MongoDB; the embedded store accepts and ignores them.
        mongo.indexOps(COLLECTION)
                .createIndex(new Index().on("tag", Sort.Direction.ASC).on("addedAt", Sort.Direction.DESC));
        mongo.indexOps(COLLECTION)
                .createIndex(new Index().on("action", Sort.Direction.ASC).on("addedAt", Sort.Direction.DESC));
    }

    @Override
    public List<ScreeningWord> all() {
        return mongo.find(new Query(), Document.class, COLLECTION).stream()
                .map(MongoScreeningWords::word)
                .toList();
    }

    @Override
    public Page<ScreeningWord> find(WordFilter filter, int page, int size) {
        Query query = new Query();
        if (filter.tag() != null) {
            query.addCriteria(Criteria.where("tag").is(filter.tag()));
        }
        if (filter.action() != null) {
            query.addCriteria(Criteria.where("action").is(filter.action().name()));
        }
        long total = mongo.count(query, COLLECTION);
        query.with(Sort.by(Sort.Order.desc("addedAt"), Sort.Order.asc("_id")))
                .skip((long) page * size)
                .limit(size);
        List<ScreeningWord> items = mongo.find(query, Document.class, COLLECTION).stream()
                .map(MongoScreeningWords::word)
                .toList();
        return new Page<>(items, page, size, total);
    }

    @Override
    public Map<String, ScreeningWord> byIds(Collection<String> ids) {
        Map<String, ScreeningWord> found = new LinkedHashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class, COLLECTION)
                .forEach(document -> found.put(document.getString("_id"), word(document)));
        return found;
    }

    @Override
    public void insertAll(List<ScreeningWord> entries) {
        List<String> inserted = new ArrayList<>(entries.size());
        for (ScreeningWord entry : entries) {
            try {
                mongo.insert(document(entry), COLLECTION);
                inserted.add(entry.id());
            } catch (DuplicateKeyException raced) {
                // No transactions on the embedded store: undo this batch's own inserts, so it is all or none.
                if (!inserted.isEmpty()) {
                    mongo.remove(Query.query(Criteria.where("_id").in(inserted)), COLLECTION);
                }
                throw new ConcurrentListChange(entry.id());
            }
        }
    }

    @Override
    public boolean delete(String id) {
        return mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION)
                        .getDeletedCount()
                > 0;
    }

    @Override
    public long version() {
        Document counter =
                mongo.findOne(Query.query(Criteria.where("_id").is(VERSION_ID)), Document.class, VERSION_COLLECTION);
        return counter == null ? 0 : ((Number) counter.get("version")).longValue();
    }

    @Override
    public long changed(String by) {
        Document counter = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(VERSION_ID)),
                new Update().inc("version", 1L).set("changedAt", new Date()).set("changedBy", by),
                FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class,
                VERSION_COLLECTION);
        return ((Number) counter.get("version")).longValue();
    }

    private static Document document(ScreeningWord entry) {
        return new Document("_id", entry.id())
                .append("word", entry.word())
                .append("key", entry.key())
                .append("tag", entry.tag())
                .append("action", entry.action().name())
                .append("addedBy", entry.addedBy())
                .append("addedAt", Date.from(entry.addedAt()));
    }

    private static ScreeningWord word(Document document) {
        Date addedAt = document.getDate("addedAt");
        return new ScreeningWord(
                document.getString("_id"),
                document.getString("word"),
                document.getString("key"),
                document.getString("tag"),
                ScreeningAction.valueOf(document.getString("action")),
                document.getString("addedBy"),
                addedAt == null ? null : Instant.ofEpochMilli(addedAt.getTime()));
    }
}
