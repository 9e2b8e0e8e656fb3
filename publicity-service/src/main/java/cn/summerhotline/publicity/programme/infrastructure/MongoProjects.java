package cn.summerhotline.publicity.programme.infrastructure;

import cn.summerhotline.platform.events.EventOutbox;
import cn.summerhotline.platform.events.store.AggregateStore;
import cn.summerhotline.publicity.programme.application.Projects;
import cn.summerhotline.publicity.programme.model.Project;
import cn.summerhotline.publicity.programme.model.ProjectSnapshot;
import cn.summerhotline.publicity.store.RecordDocuments;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Projects in {@code projects}, one document each with its pending events. A year holds a handful of projects (15
 * in 2021), so the year is read whole and filtered in memory; (year, number) is unique.
 */
@Repository
class MongoProjects implements Projects {

    static final String COLLECTION = "projects";

    private final MongoOperations mongo;
    private final AggregateStore<Project> store;

    MongoProjects(MongoOperations mongo, EventOutbox outbox) {
        this.mongo = mongo;
        this.store = new AggregateStore<>(
                mongo,
                outbox,
                COLLECTION,
                new ProjectMapping(new RecordDocuments<>(mongo.getConverter(), ProjectSnapshot.class)));
        mongo.indexOps(COLLECTION)
                .createIndex(new Index()
                        .on("year", Sort.Direction.ASC)
                        .on("number", Sort.Direction.ASC)
                        .unique());
    }

    @Override
    public Optional<Project> byId(String id) {
        return store.one(Query.query(Criteria.where("_id").is(id)));
    }

    @Override
    public List<Project> inYear(int year) {
        return store.many(Query.query(Criteria.where("year").is(year)).with(Sort.by("number")));
    }

    @Override
    public List<Project> endedBeforeAndNotLate(LocalDate day) {
        return store.many(Query.query(Criteria.where("lateSince").exists(false))).stream()
                .filter(p -> p.plan().period().end().isBefore(day))
                .toList();
    }

    @Override
    public long countAll() {
        return mongo.estimatedCount(COLLECTION);
    }

    @Override
    public boolean add(Project project) {
        return store.insert(project);
    }

    @Override
    public Optional<Project> update(Project project) {
        return store.update(project);
    }

    // The version is raised with the set, so that a stale read of the project cannot write its old set back.
    @Override
    public void published(String projectId, String contentId) {
        mongo.updateFirst(
                Query.query(Criteria.where("_id")
                        .is(projectId)
                        .and("publishedContents")
                        .ne(contentId)),
                new Update().addToSet("publishedContents", contentId).inc(AggregateStore.VERSION, 1),
                COLLECTION);
    }

    @Override
    public void withdrawn(String projectId, String contentId) {
        mongo.updateFirst(
                Query.query(Criteria.where("_id")
                        .is(projectId)
                        .and("publishedContents")
                        .is(contentId)),
                new Update().pull("publishedContents", contentId).inc(AggregateStore.VERSION, 1),
                COLLECTION);
    }
}
