package cn.summerhotline.openday.venue.infrastructure;

import cn.summerhotline.openday.venue.application.Venues;
import cn.summerhotline.openday.venue.model.Activity;
import cn.summerhotline.openday.venue.model.ActivityKind;
import cn.summerhotline.openday.venue.model.Venue;
import cn.summerhotline.openday.venue.model.VenueKind;
import cn.summerhotline.platform.events.store.StoredValues;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Venues in {@code venues}, one document per venue keyed by its id. A venue carries no events: plain
 * single-document writes. A main venue also holds {@code mainOfYear}, under a sparse unique index: a year has one
 * main venue, whichever replica or admin adds it, with no read before the write.
 */
@Repository
class MongoVenues implements Venues {

    static final String COLLECTION = "venues";

    private static final Comparator<Venue> ORDER = Comparator.comparing((Venue venue) -> venue.kind() != VenueKind.MAIN)
            .thenComparing(Venue::hostUnit)
            .thenComparing(Venue::id);

    private final MongoOperations mongo;

    MongoVenues(MongoOperations mongo) {
        this.mongo = mongo;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("year", Sort.Direction.ASC));
        indexes.createIndex(
                new Index().on("mainOfYear", Sort.Direction.ASC).unique().sparse());
    }

    @Override
    public Optional<Venue> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                .map(MongoVenues::venue);
    }

    @Override
    public List<Venue> ofYear(int year) {
        return mongo.find(Query.query(Criteria.where("year").is(year)), Document.class, COLLECTION).stream()
                .map(MongoVenues::venue)
                .sorted(ORDER)
                .toList();
    }

    @Override
    public void save(Venue venue) {
        mongo.save(document(venue), COLLECTION);
    }

    @Override
    public boolean add(Venue venue) {
        try {
            mongo.insert(document(venue), COLLECTION);
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    private static Document document(Venue venue) {
        Document document = new Document("_id", venue.id())
                .append("year", venue.year())
                .append("name", venue.name())
                .append("address", venue.address())
                .append("hostUnit", venue.hostUnit())
                .append("squad", venue.squad())
                .append("kind", venue.kind().name())
                .append("activities", StoredValues.each(venue.activities(), MongoVenues::activity))
                .append("joiningUnits", venue.joiningUnits());
        if (venue.kind() == VenueKind.MAIN) {
            document.append("mainOfYear", venue.year());
        }
        return document;
    }

    private static Document activity(Activity activity) {
        return new Document("kind", activity.kind().name())
                .append("title", activity.title())
                .append("startsAt", StoredValues.date(activity.startsAt()))
                .append("endsAt", StoredValues.date(activity.endsAt()));
    }

    private static Venue venue(Document document) {
        return new Venue(
                document.getString("_id"),
                StoredValues.number(document, "year").intValue(),
                document.getString("name"),
                document.getString("address"),
                document.getString("hostUnit"),
                document.getString("squad"),
                VenueKind.valueOf(document.getString("kind")),
                StoredValues.list(document, "activities", MongoVenues::activity),
                document.getList("joiningUnits", String.class, List.of()));
    }

    private static Activity activity(Document document) {
        return new Activity(
                StoredValues.enumOf(ActivityKind.class, document.getString("kind")),
                document.getString("title"),
                StoredValues.instant(document, "startsAt"),
                StoredValues.instant(document, "endsAt"));
    }
}
