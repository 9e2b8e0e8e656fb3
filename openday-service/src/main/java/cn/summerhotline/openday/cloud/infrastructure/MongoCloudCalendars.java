package cn.summerhotline.openday.cloud.infrastructure;

import cn.summerhotline.openday.cloud.application.CloudCalendars;
import cn.summerhotline.openday.cloud.model.CloudCalendar;
import java.time.LocalDate;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;

/** One document per year in {@code cloud_calendars}, its dates as ISO strings (business dates, no zone). */
@Repository
class MongoCloudCalendars implements CloudCalendars {

    static final String COLLECTION = "cloud_calendars";
    private static final String[] FIELDS = {
        "preparationFrom", "preparationTo", "testFrom", "testTo", "onlineFrom", "onlineTo"
    };

    private final MongoOperations mongo;

    MongoCloudCalendars(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<CloudCalendar> ofYear(int year) {
        Document d = mongo.findById(year, Document.class, COLLECTION);
        if (d == null) {
            return Optional.empty();
        }
        LocalDate[] days = new LocalDate[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++) {
            days[i] = LocalDate.parse(d.getString(FIELDS[i]));
        }
        return Optional.of(new CloudCalendar(year, days[0], days[1], days[2], days[3], days[4], days[5]));
    }

    @Override
    public void save(CloudCalendar c) {
        LocalDate[] days = {
            c.preparationFrom(), c.preparationTo(), c.testFrom(), c.testTo(), c.onlineFrom(), c.onlineTo()
        };
        Document d = new Document("_id", c.year());
        for (int i = 0; i < FIELDS.length; i++) {
            d.append(FIELDS[i], days[i].toString());
        }
        mongo.save(d, COLLECTION);
    }
}
