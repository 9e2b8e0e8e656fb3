package cn.summerhotline.openday.story.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.summerhotline.openday.cloud.CloudSection;
import cn.summerhotline.openday.cloud.infrastructure.ContentEvents;
import cn.summerhotline.openday.cloud.infrastructure.ReviewWrites;
import cn.summerhotline.openday.cloud.model.ItemStatus;
import cn.summerhotline.openday.cloud.model.ReviewOutcome;
import cn.summerhotline.openday.story.application.Stories;
import cn.summerhotline.openday.story.model.Story;
import cn.summerhotline.platform.events.EventOutbox;
import cn.summerhotline.platform.events.OutgoingEvent;
import java.time.Clock;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;

/**
 * Stories in {@code stories}, each inserted with its content.submitted event (kind STORY) and changed only by
 * conditional updates. The story's unit is its district and its squad the one it is about, as for a squad's cloud
 * item: review-service starts it at SQUAD, and its published and hidden events go under that district too.
 */
@Repository
class MongoStories implements Stories {

    static final String COLLECTION = "stories";
    private static final String KIND = "STORY";

    private final MongoOperations mongo;
    private final EventOutbox outbox;
    private final ReviewWrites reviews;

    MongoStories(MongoOperations mongo, EventOutbox outbox, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.reviews = new ReviewWrites(mongo, outbox, clock);
    }

    @Override
    public Optional<Story> byId(String id) {
        return Optional.ofNullable(
                        mongo.findOne(withoutOutbox(query(where("_id").is(id))), Document.class, COLLECTION))
                .map(MongoStories::story);
    }

    @Override
    public List<Story> published(int year) {
        return mongo
                .find(
                        query(where("year").is(year).and("status").is(ItemStatus.PUBLISHED.name())),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(MongoStories::story)
                .sorted(Comparator.comparing(Story::publishedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    @Override
    public void insert(Story s) {
        Document document = new Document("_id", s.id())
                .append("year", s.year())
                .append("title", s.title())
                .append("text", s.text())
                .append("pictureLink", s.pictureLink())
                .append("authorMasked", s.authorMasked())
                .append("district", s.district())
                .append("squad", s.squad())
                .append("tokenHash", s.tokenHash())
                .append("status", s.status().name())
                .append("contentVersion", 1)
                .append("version", 1L)
                .append("submittedAt", Date.from(s.submittedAt()));
        OutgoingEvent submitted = ContentEvents.submitted(
                s.id(), 1, KIND, s.title(), s.text(), List.of(s.pictureLink()), s.district(), s.squad(), "citizen");
        outbox.insert(document, COLLECTION, submitted);
    }

    @Override
    public boolean apply(String storyId, String eventId, int contentVersion, ReviewOutcome outcome) {
        return byId(storyId)
                .map(story -> reviews.apply(
                        COLLECTION,
                        new ReviewWrites.Reviewed(
                                storyId,
                                story.year(),
                                CloudSection.CITIZENS_STORIES.name(),
                                KIND,
                                story.district(),
                                story.isPublic()),
                        eventId,
                        contentVersion,
                        outcome))
                .orElse(false);
    }

    private static org.springframework.data.mongodb.core.query.Query withoutOutbox(
            org.springframework.data.mongodb.core.query.Query query) {
        query.fields().exclude(EventOutbox.FIELD).exclude(EventOutbox.LEASE_FIELD);
        return query;
    }

    private static Story story(Document d) {
        Date published = d.getDate("publishedAt");
        return new Story(
                d.getString("_id"),
                d.getInteger("year"),
                d.getString("title"),
                d.getString("text"),
                d.getString("pictureLink"),
                d.getString("authorMasked"),
                d.getString("district"),
                d.getString("squad"),
                d.getString("tokenHash"),
                ItemStatus.valueOf(d.getString("status")),
                d.getDate("submittedAt").toInstant(),
                published == null ? null : published.toInstant());
    }
}
