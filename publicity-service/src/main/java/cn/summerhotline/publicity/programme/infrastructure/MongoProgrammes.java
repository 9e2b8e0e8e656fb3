package cn.summerhotline.publicity.programme.infrastructure;

import cn.summerhotline.publicity.programme.application.Programmes;
import cn.summerhotline.publicity.programme.model.Programme;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Programmes in {@code programmes}, one document per campaign year ({@code _id} the year). */
@Repository
class MongoProgrammes implements Programmes {

    static final String COLLECTION = "programmes";

    private final MongoOperations mongo;

    MongoProgrammes(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Programme> byYear(int year) {
        Document document = mongo.findOne(Query.query(Criteria.where("_id").is(year)), Document.class, COLLECTION);
        return Optional.ofNullable(document).map(d -> mongo.getConverter().read(Programme.class, d));
    }

    @Override
    public boolean add(Programme programme) {
        Document document = new Document();
        mongo.getConverter().write(programme, document);
        document.remove("_class");
        document.put("_id", programme.year());
        try {
            mongo.insert(document, COLLECTION);
            return true;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }
}
