package cn.summerhotline.publicity.importing.infrastructure;

import cn.summerhotline.publicity.importing.application.ImportReports;
import cn.summerhotline.publicity.importing.model.ImportReport;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Import reports in {@code import_reports}, one per year ({@code _id} the year). */
@Repository
class MongoImportReports implements ImportReports {

    static final String COLLECTION = "import_reports";

    private final MongoOperations mongo;

    MongoImportReports(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void keep(ImportReport report) {
        Document document = new Document();
        mongo.getConverter().write(report, document);
        document.remove("_class");
        document.put("_id", report.year());
        mongo.getCollection(COLLECTION)
                .replaceOne(
                        new Document("_id", report.year()),
                        document,
                        new com.mongodb.client.model.ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<ImportReport> ofYear(int year) {
        Document document = mongo.findOne(Query.query(Criteria.where("_id").is(year)), Document.class, COLLECTION);
        return Optional.ofNullable(document).map(d -> mongo.getConverter().read(ImportReport.class, d));
    }
}
