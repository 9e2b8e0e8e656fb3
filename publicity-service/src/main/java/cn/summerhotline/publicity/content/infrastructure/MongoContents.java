package cn.summerhotline.publicity.content.infrastructure;

import cn.summerhotline.platform.events.EventOutbox;
import cn.summerhotline.platform.events.store.AggregateStore;
import cn.summerhotline.publicity.content.application.Contents;
import cn.summerhotline.publicity.content.model.Content;
import cn.summerhotline.publicity.content.model.ContentSnapshot;
import cn.summerhotline.publicity.content.model.ContentStatus;
import cn.summerhotline.publicity.store.RecordDocuments;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Content in {@code contents}, one document each with its pending events (the outbox). */
@Repository
class MongoContents implements Contents {

    static final String COLLECTION = "contents";

    private final AggregateStore<Content> store;

    MongoContents(MongoOperations mongo, EventOutbox outbox) {
        this.store = new AggregateStore<>(
                mongo,
                outbox,
                COLLECTION,
                new ContentMapping(new RecordDocuments<>(mongo.getConverter(), ContentSnapshot.class)));
        mongo.indexOps(COLLECTION)
                .createIndex(new Index().on("year", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("projectId", Sort.Direction.ASC));
    }

    @Override
    public Optional<Content> byId(String id) {
        return store.one(Query.query(Criteria.where("_id").is(id)));
    }

    @Override
    public List<Content> ofProject(String projectId) {
        return store.many(Query.query(Criteria.where("projectId").is(projectId)).with(Sort.by("createdAt")));
    }

    @Override
    public List<Content> inYear(int year) {
        return store.many(Query.query(Criteria.where("year").is(year)).with(Sort.by("createdAt")));
    }

    @Override
    public List<Content> publishedInYear(int year, String projectId, int page, int size) {
        return store.many(published(year, projectId)
                .with(Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.asc("_id")))
                .skip((long) page * size)
                .limit(size));
    }

    @Override
    public long countPublishedInYear(int year, String projectId) {
        return store.count(published(year, projectId));
    }

    private static Query published(int year, String projectId) {
        Criteria criteria = Criteria.where("year").is(year).and("status").is(ContentStatus.PUBLISHED.name());
        if (projectId != null) {
            criteria = criteria.and("projectId").is(projectId);
        }
        return Query.query(criteria);
    }

    @Override
    public boolean add(Content content) {
        return store.insert(content);
    }

    @Override
    public Optional<Content> update(Content content) {
        return store.update(content);
    }
}
