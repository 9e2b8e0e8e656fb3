package cn.summerhotline.openday.venue.infrastructure;

import cn.summerhotline.openday.venue.application.Venues;
import cn.summerhotline.openday.venue.model.Venue;
import cn.summerhotline.openday.venue.model.VenueKind;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Venues in {@code venues}, one document per venue keyed by its id. A venue carries no events: plain
 * single-document writes.
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
        mongo.indexOps(COLLECTION).createIndex(new Index().on("year", Sort.Direction.ASC));
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
        Document document = new Document("_id", venue.id())
                .append("year", venue.year())
                .append("name", venue.name())
                .append("address", venue.address())
                .append("hostUnit", venue.hostUnit())
                .append("squad", venue.squad())
                .append("kind", venue.kind().name());
        mongo.save(document, COLLECTION);
    }

    private static Venue venue(Document document) {
        return new Venue(
                document.getString("_id"),
                document.getInteger("year"),
                document.getString("name"),
                document.getString("address"),
                document.getString("hostUnit"),
                document.getString("squad"),
                VenueKind.valueOf(document.getString("kind")));
    }
}
