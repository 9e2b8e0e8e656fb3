package cn.summerhotline.openday.openday.infrastructure;

import cn.summerhotline.openday.openday.application.OpenDays;
import cn.summerhotline.openday.openday.model.OpenDay;
import cn.summerhotline.openday.venue.application.OpenDayYears;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Open days in {@code open_days}, keyed by their year; dates as ISO strings (business dates, no time of day). A
 * unit's theme is a field of {@code unitThemes} set on its own, so two units adding theirs at once both keep it.
 */
@Repository
class MongoOpenDays implements OpenDays, OpenDayYears {

    static final String COLLECTION = "open_days";

    private final MongoOperations mongo;

    MongoOpenDays(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<OpenDay> ofYear(int year) {
        return Optional.ofNullable(mongo.findById(year, Document.class, COLLECTION))
                .map(MongoOpenDays::openDay);
    }

    @Override
    public boolean exists(int year) {
        return mongo.exists(byYear(year), COLLECTION);
    }

    @Override
    public boolean add(OpenDay openDay) {
        Document document = new Document("_id", openDay.year())
                .append("date", openDay.date().toString())
                .append("theme", openDay.theme())
                .append("unitThemes", new Document(openDay.unitThemes()))
                .append("planDeadline", openDay.planDeadline().toString());
        try {
            mongo.insert(document, COLLECTION);
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    @Override
    public void put(int year, LocalDate date, String theme, LocalDate planDeadline) {
        Update update = new Update()
                .set("date", date.toString())
                .set("theme", theme)
                .set("planDeadline", planDeadline.toString());
        try {
            mongo.upsert(byYear(year), update, COLLECTION);
        } catch (DuplicateKeyException raced) {
            // Two first writes of a year at once: one inserted it, so this one is now an update.
            mongo.updateFirst(byYear(year), update, COLLECTION);
        }
    }

    @Override
    public boolean setUnitTheme(int year, String unit, String theme) {
        return mongo.updateFirst(byYear(year), new Update().set("unitThemes." + unit, theme), COLLECTION)
                        .getMatchedCount()
                > 0;
    }

    private static Query byYear(int year) {
        return Query.query(Criteria.where("_id").is(year));
    }

    private static OpenDay openDay(Document document) {
        Map<String, String> themes = new LinkedHashMap<>();
        Document stored = document.get("unitThemes", Document.class);
        if (stored != null) {
            stored.forEach((unit, theme) -> themes.put(unit, String.valueOf(theme)));
        }
        return new OpenDay(
                ((Number) document.get("_id")).intValue(),
                LocalDate.parse(document.getString("date")),
                document.getString("theme"),
                themes,
                LocalDate.parse(document.getString("planDeadline")));
    }
}
