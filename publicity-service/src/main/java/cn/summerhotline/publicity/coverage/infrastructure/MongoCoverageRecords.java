package cn.summerhotline.publicity.coverage.infrastructure;

import cn.summerhotline.platform.events.EventOutbox;
import cn.summerhotline.platform.events.OutgoingEvent;
import cn.summerhotline.publicity.coverage.application.CoverageRecords;
import cn.summerhotline.publicity.coverage.model.Coverage;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Coverage in {@code coverage}, one document per report, inserted with its {@code coverage.recorded.<unit>} event
 * in the same write (schema {@code contracts/schemas/coverage-recorded.v1.schema.json}).
 */
@Repository
class MongoCoverageRecords implements CoverageRecords {

    static final String COLLECTION = "coverage";

    private final MongoOperations mongo;
    private final EventOutbox outbox;

    MongoCoverageRecords(MongoOperations mongo, EventOutbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("year", Sort.Direction.ASC));
    }

    @Override
    public void add(Coverage coverage, String unit) {
        Document document = new Document();
        mongo.getConverter().write(coverage, document);
        document.remove("_class");
        outbox.insert(
                document,
                COLLECTION,
                OutgoingEvent.of("coverage", "recorded", unit, coverage.id(), coverage.recorded(unit)));
    }

    @Override
    public List<Coverage> inYear(int year) {
        Query query = Query.query(Criteria.where("year").is(year)).with(Sort.by("date", "_id"));
        query.fields().exclude(EventOutbox.FIELD).exclude(EventOutbox.LEASE_FIELD);
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(d -> mongo.getConverter().read(Coverage.class, d))
                .toList();
    }
}
