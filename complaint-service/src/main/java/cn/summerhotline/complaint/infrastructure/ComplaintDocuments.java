package cn.summerhotline.complaint.infrastructure;

import static cn.summerhotline.platform.events.store.StoredValues.date;
import static cn.summerhotline.platform.events.store.StoredValues.each;
import static cn.summerhotline.platform.events.store.StoredValues.enumOf;
import static cn.summerhotline.platform.events.store.StoredValues.instant;
import static cn.summerhotline.platform.events.store.StoredValues.list;
import static cn.summerhotline.platform.events.store.StoredValues.name;
import static cn.summerhotline.platform.events.store.StoredValues.number;
import static cn.summerhotline.platform.events.store.StoredValues.put;

import cn.summerhotline.complaint.application.TrackingNumbers;
import cn.summerhotline.complaint.model.Answers;
import cn.summerhotline.complaint.model.Category;
import cn.summerhotline.complaint.model.Channel;
import cn.summerhotline.complaint.model.ComplaintSnapshot;
import cn.summerhotline.complaint.model.Deadline;
import cn.summerhotline.complaint.model.Intake;
import cn.summerhotline.complaint.model.Location;
import cn.summerhotline.complaint.model.Merge;
import cn.summerhotline.complaint.model.RatingLock;
import cn.summerhotline.complaint.model.Reporter;
import cn.summerhotline.complaint.model.Resolution;
import cn.summerhotline.complaint.model.Routing;
import cn.summerhotline.complaint.model.Status;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.bson.Document;

/**
 * A complaint's stored document, field by field. The names, types and nesting are what the stored data, the
 * queries and the statistics pipeline rely on, so they are written out here instead of following the model's
 * record components (golden documents in the tests pin them). The document is flat where the model nests its
 * values; absent fields are left out, and read back as the model's defaults. {@code receivedDay}, {@code
 * replied} and {@code latestScore} are derived for the statistics pipeline and never read.
 */
final class ComplaintDocuments {

    /** Every field a complaint's document may have but {@code _id}: the fields an update sets or unsets. */
    static final List<String> STORED_FIELDS = List.of(
            "trackingNumber",
            "category",
            "description",
            "channel",
            "intakeDistrict",
            "address",
            "location",
            "reporter",
            "leader",
            "occurredAt",
            "receivedAt",
            "handlingTime",
            "district",
            "squad",
            "status",
            "dueAt",
            "overdueSince",
            "everOverdue",
            "handledOnTime",
            "resolvedAt",
            "resolution",
            "followed",
            "mergedInto",
            "mergedCases",
            "replies",
            "ratings",
            "supervisions",
            "timeline",
            "possibleDuplicates",
            "ratingCode",
            "wrongRatingCodes",
            "version",
            "receivedDay",
            "replied",
            "latestScore");

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ISO_LOCAL_DATE.withZone(TrackingNumbers.BUSINESS_ZONE);

    private ComplaintDocuments() {}

    static Document write(ComplaintSnapshot s) {
        Intake intake = s.intake();
        Deadline deadline = s.deadline();
        Document d = new Document("_id", s.id());
        put(d, "trackingNumber", s.trackingNumber());
        put(d, "category", name(intake.category()));
        put(d, "description", intake.description());
        put(d, "channel", name(intake.channel()));
        put(d, "intakeDistrict", intake.district());
        put(d, "address", intake.address());
        put(d, "location", location(intake.location()));
        d.put("reporter", reporter(intake.reporter()));
        put(d, "leader", intake.leader());
        put(d, "occurredAt", date(intake.occurredAt()));
        put(d, "receivedAt", date(s.receivedAt()));
        put(d, "handlingTime", Objects.toString(deadline.handlingTime(), null));
        put(d, "district", s.routing().district());
        put(d, "squad", s.routing().squad());
        put(d, "status", name(s.status()));
        put(d, "dueAt", date(deadline.dueAt()));
        put(d, "overdueSince", date(deadline.overdueSince()));
        d.put("everOverdue", deadline.everOverdue());
        put(d, "handledOnTime", deadline.handledOnTime());
        put(d, "resolvedAt", date(s.resolution().at()));
        put(d, "resolution", s.resolution().summary());
        d.put("followed", s.followed());
        put(d, "mergedInto", s.merge().mergedInto());
        d.put("mergedCases", s.merge().mergedCases());
        d.put("replies", each(s.answers().replies(), ComplaintDocumentParts::reply));
        d.put("ratings", each(s.answers().ratings(), ComplaintDocumentParts::rating));
        d.put("supervisions", each(s.supervisions(), ComplaintDocumentParts::supervision));
        d.put("timeline", each(s.timeline(), ComplaintDocumentParts::step));
        d.put("possibleDuplicates", each(s.possibleDuplicates(), ComplaintDocumentParts::duplicate));
        put(d, "ratingCode", s.ratingLock().code());
        d.put("wrongRatingCodes", s.ratingLock().wrongCodes());
        d.put("version", s.version());
        d.put("receivedDay", DAY.format(s.receivedAt()));
        d.put("replied", s.answers().latest() != null);
        if (s.answers().latestRating() != null) {
            d.put("latestScore", s.answers().latestRating().score());
        }
        return d;
    }

    static ComplaintSnapshot read(Document d) {
        Intake intake = Intake.of(
                        enumOf(Category.class, d.getString("category")),
                        enumOf(Channel.class, d.getString("channel")),
                        d.getString("description"),
                        d.getString("address"))
                .district(d.getString("intakeDistrict"))
                .location(location(d.get("location", Document.class)))
                .reporter(reporter(d.get("reporter", Document.class)))
                .leader(d.getString("leader"))
                .occurredAt(instant(d, "occurredAt"))
                .build();
        String handlingTime = d.getString("handlingTime");
        Deadline deadline = new Deadline(
                handlingTime == null ? null : Duration.parse(handlingTime),
                instant(d, "dueAt"),
                instant(d, "overdueSince"),
                d.getBoolean("everOverdue", false),
                d.getBoolean("handledOnTime"));
        return new ComplaintSnapshot(
                d.getString("_id"),
                d.getString("trackingNumber"),
                intake,
                instant(d, "receivedAt"),
                enumOf(Status.class, d.getString("status")),
                new Routing(d.getString("district"), d.getString("squad")),
                deadline,
                new Resolution(d.getString("resolution"), instant(d, "resolvedAt")),
                d.getBoolean("followed", false),
                new Merge(d.getString("mergedInto"), d.getList("mergedCases", String.class)),
                new RatingLock(
                        d.getString("ratingCode"), number(d, "wrongRatingCodes").intValue()),
                new Answers(
                        list(d, "replies", ComplaintDocumentParts::reply),
                        list(d, "ratings", ComplaintDocumentParts::rating)),
                list(d, "supervisions", ComplaintDocumentParts::supervision),
                list(d, "timeline", ComplaintDocumentParts::step),
                list(d, "possibleDuplicates", ComplaintDocumentParts::duplicate),
                number(d, "version").longValue());
    }

    private static Document location(Location l) {
        return l == null ? null : new Document("lat", l.lat()).append("lng", l.lng());
    }

    private static Location location(Document d) {
        return d == null
                ? null
                : new Location(number(d, "lat").doubleValue(), number(d, "lng").doubleValue());
    }

    /** Always written, as an empty document for an anonymous reporter. */
    private static Document reporter(Reporter r) {
        Document d = new Document();
        put(d, "name", r.name());
        put(d, "phone", r.phone());
        return d;
    }

    private static Reporter reporter(Document d) {
        return d == null ? null : new Reporter(d.getString("name"), d.getString("phone"));
    }
}
