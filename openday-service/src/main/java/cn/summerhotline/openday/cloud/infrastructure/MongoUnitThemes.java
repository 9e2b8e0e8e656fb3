package cn.summerhotline.openday.cloud.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.summerhotline.openday.cloud.application.UnitThemes;
import cn.summerhotline.openday.cloud.model.UnitTheme;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;

/** Themes in {@code cloud_unit_themes}, keyed {@code <year>:<unit>}; plain single-document writes. */
@Repository
class MongoUnitThemes implements UnitThemes {

    static final String COLLECTION = "cloud_unit_themes";

    private final MongoOperations mongo;

    MongoUnitThemes(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<UnitTheme> ofYear(int year) {
        return mongo.find(query(where("year").is(year)), Document.class, COLLECTION).stream()
                .map(d -> new UnitTheme(
                        d.getInteger("year"),
                        d.getString("unit"),
                        d.getString("title"),
                        d.getDate("startsAt").toInstant(),
                        d.getDate("endsAt").toInstant(),
                        d.getString("streamId")))
                .toList();
    }

    @Override
    public void save(UnitTheme t) {
        mongo.save(
                new Document("_id", t.year() + ":" + t.unit())
                        .append("year", t.year())
                        .append("unit", t.unit())
                        .append("title", t.title())
                        .append("startsAt", Date.from(t.startsAt()))
                        .append("endsAt", Date.from(t.endsAt()))
                        .append("streamId", t.streamId()),
                COLLECTION);
    }
}
