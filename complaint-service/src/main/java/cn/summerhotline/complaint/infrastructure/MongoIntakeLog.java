package cn.summerhotline.complaint.infrastructure;

import cn.summerhotline.complaint.application.IntakeLog;
import cn.summerhotline.complaint.application.TrackingNumbers;
import cn.summerhotline.complaint.model.Category;
import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.complaint.model.Location;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The intake log as one document per category, district and business day ({@code _id}
 * {@code NIGHT_CONSTRUCTION_NOISE|xuhui|2021-08-05}), each with the day's latest entries. Looking for
 * duplicates reads at most four documents by {@code _id}, whatever the number of complaints: on the embedded
 * store a query on other fields scans the whole collection, and it did, at every intake.
 */
@Repository
class MongoIntakeLog implements IntakeLog {

    static final String COLLECTION = "intakeLog";
    private static final int ENTRIES_PER_DAY = 500;
    private static final String NO_DISTRICT = "-";

    private final MongoOperations mongo;

    MongoIntakeLog(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void record(Complaint complaint) {
        Document entry = new Document("id", complaint.id())
                .append("trackingNumber", complaint.trackingNumber())
                .append("address", complaint.intake().address())
                .append("receivedAt", Date.from(complaint.receivedAt()));
        Location location = complaint.intake().location();
        if (location != null) {
            entry.append("lat", location.lat()).append("lng", location.lng());
        }
        String key = key(complaint.intake().category(), complaint.intake().district(), day(complaint.receivedAt()));
        Update update = new Update().push("entries").slice(-ENTRIES_PER_DAY).each(entry);
        mongo.upsert(Query.query(Criteria.where("_id").is(key)), update, COLLECTION);
    }

    @Override
    public List<Entry> between(Category category, String district, Instant from, Instant to) {
        List<Entry> entries = new ArrayList<>();
        for (LocalDate day = day(to); !day.isBefore(day(from)); day = day.minusDays(1)) {
            Document bucket = mongo.findById(key(category, district, day), Document.class, COLLECTION);
            if (bucket == null) {
                continue;
            }
            for (Document e : bucket.getList("entries", Document.class)) {
                Double lat = e.getDouble("lat");
                Double lng = e.getDouble("lng");
                entries.add(new Entry(
                        e.getString("id"),
                        e.getString("trackingNumber"),
                        lat == null || lng == null ? null : new Location(lat, lng),
                        e.getString("address"),
                        e.getDate("receivedAt").toInstant()));
            }
            entries.removeIf(
                    e -> e.receivedAt().isBefore(from) || e.receivedAt().isAfter(to));
        }
        entries.sort((a, b) -> b.receivedAt().compareTo(a.receivedAt()));
        return entries;
    }

    private static String key(Category category, String district, LocalDate day) {
        return category.name() + "|" + (district == null ? NO_DISTRICT : district) + "|" + day;
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, TrackingNumbers.BUSINESS_ZONE);
    }
}
