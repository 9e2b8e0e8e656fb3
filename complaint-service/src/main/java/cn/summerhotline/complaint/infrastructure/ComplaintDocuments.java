package cn.summerhotline.complaint.infrastructure;

import cn.summerhotline.complaint.application.TrackingNumbers;
import cn.summerhotline.complaint.model.Answers;
import cn.summerhotline.complaint.model.Category;
import cn.summerhotline.complaint.model.Channel;
import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.complaint.model.Deadline;
import cn.summerhotline.complaint.model.Intake;
import cn.summerhotline.complaint.model.Location;
import cn.summerhotline.complaint.model.Merge;
import cn.summerhotline.complaint.model.PossibleDuplicate;
import cn.summerhotline.complaint.model.Rating;
import cn.summerhotline.complaint.model.RatingLock;
import cn.summerhotline.complaint.model.Reply;
import cn.summerhotline.complaint.model.ReplyChannel;
import cn.summerhotline.complaint.model.Reporter;
import cn.summerhotline.complaint.model.Resolution;
import cn.summerhotline.complaint.model.Routing;
import cn.summerhotline.complaint.model.Status;
import cn.summerhotline.complaint.model.Step;
import cn.summerhotline.complaint.model.Supervision;
import cn.summerhotline.complaint.model.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
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

    static Document write(Complaint.Snapshot s) {
        Intake intake = s.intake();
        Deadline deadline = s.deadline();
        Document d = new Document("_id", s.id());
        put(d, "trackingNumber", s.trackingNumber());
        put(d, "category", name(intake.category()));
        put(d, "description", intake.description());
        put(d, "channel", name(intake.channel()));
        put(d, "intakeDistrict", intake.district());
        put(d, "address", intake.address());
        if (intake.location() != null) {
            d.put(
                    "location",
                    new Document("lat", intake.location().lat())
                            .append("lng", intake.location().lng()));
        }
        Document reporter = new Document();
        put(reporter, "name", intake.reporter().name());
        put(reporter, "phone", intake.reporter().phone());
        d.put("reporter", reporter);
        put(d, "leader", intake.leader());
        put(d, "occurredAt", date(intake.occurredAt()));
        put(d, "receivedAt", date(s.receivedAt()));
        put(
                d,
                "handlingTime",
                deadline.handlingTime() == null ? null : deadline.handlingTime().toString());
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
        d.put(
                "replies",
                s.answers().replies().stream().map(ComplaintDocuments::reply).toList());
        d.put(
                "ratings",
                s.answers().ratings().stream().map(ComplaintDocuments::rating).toList());
        d.put(
                "supervisions",
                s.supervisions().stream().map(ComplaintDocuments::supervision).toList());
        d.put("timeline", s.timeline().stream().map(ComplaintDocuments::step).toList());
        d.put(
                "possibleDuplicates",
                s.possibleDuplicates().stream()
                        .map(ComplaintDocuments::duplicate)
                        .toList());
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

    static Complaint.Snapshot read(Document d) {
        Document location = d.get("location", Document.class);
        Document reporter = d.get("reporter", Document.class);
        Intake intake = Intake.of(
                        enumOf(Category.class, d.getString("category")),
                        enumOf(Channel.class, d.getString("channel")),
                        d.getString("description"),
                        d.getString("address"))
                .district(d.getString("intakeDistrict"))
                .location(
                        location == null
                                ? null
                                : new Location(
                                        number(location, "lat").doubleValue(),
                                        number(location, "lng").doubleValue()))
                .reporter(
                        reporter == null ? null : new Reporter(reporter.getString("name"), reporter.getString("phone")))
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
        return new Complaint.Snapshot(
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
                        list(d, "replies", ComplaintDocuments::reply), list(d, "ratings", ComplaintDocuments::rating)),
                list(d, "supervisions", ComplaintDocuments::supervision),
                list(d, "timeline", ComplaintDocuments::step),
                list(d, "possibleDuplicates", ComplaintDocuments::duplicate),
                number(d, "version").longValue());
    }

    private static Document reply(Reply r) {
        Document d = new Document();
        put(d, "message", r.message());
        put(d, "channel", name(r.channel()));
        put(d, "at", date(r.at()));
        put(d, "by", r.by());
        put(d, "fromCase", r.fromCase());
        return d;
    }

    private static Reply reply(Document d) {
        return new Reply(
                d.getString("message"),
                enumOf(ReplyChannel.class, d.getString("channel")),
                instant(d, "at"),
                d.getString("by"),
                d.getString("fromCase"));
    }

    private static Document rating(Rating r) {
        Document d = new Document("score", r.score());
        put(d, "comment", r.comment());
        put(d, "at", date(r.at()));
        d.put("replyNumber", r.replyNumber());
        return d;
    }

    private static Rating rating(Document d) {
        return new Rating(
                number(d, "score").intValue(),
                d.getString("comment"),
                instant(d, "at"),
                number(d, "replyNumber").intValue());
    }

    private static Document supervision(Supervision s) {
        Document d = new Document();
        put(d, "note", s.note());
        put(d, "dueAt", date(s.dueAt()));
        put(d, "at", date(s.at()));
        put(d, "by", s.by());
        return d;
    }

    private static Supervision supervision(Document d) {
        return new Supervision(d.getString("note"), instant(d, "dueAt"), instant(d, "at"), d.getString("by"));
    }

    private static Document step(TimelineEntry e) {
        Document d = new Document();
        put(d, "at", date(e.at()));
        put(d, "step", name(e.step()));
        put(d, "status", name(e.status()));
        put(d, "actor", e.actor());
        put(d, "unit", e.unit());
        put(d, "note", e.note());
        return d;
    }

    private static TimelineEntry step(Document d) {
        return new TimelineEntry(
                instant(d, "at"),
                enumOf(Step.class, d.getString("step")),
                enumOf(Status.class, d.getString("status")),
                d.getString("actor"),
                d.getString("unit"),
                d.getString("note"));
    }

    private static Document duplicate(PossibleDuplicate p) {
        Document d = new Document();
        put(d, "complaintId", p.complaintId());
        put(d, "trackingNumber", p.trackingNumber());
        put(d, "metres", p.metres());
        return d;
    }

    private static PossibleDuplicate duplicate(Document d) {
        return new PossibleDuplicate(
                d.getString("complaintId"),
                d.getString("trackingNumber"),
                d.get("metres") == null ? null : number(d, "metres").doubleValue());
    }

    /** As the store has always had them: a field with no value is left out rather than stored as null. */
    private static void put(Document d, String key, Object value) {
        if (value != null) {
            d.put(key, value);
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Document d, String key) {
        Date date = d.getDate(key);
        return date == null ? null : date.toInstant();
    }

    /** Numbers as any BSON number type, 0 when absent: older documents or other writers may differ in width. */
    private static Number number(Document d, String key) {
        Object value = d.get(key);
        return value == null ? 0 : (Number) value;
    }

    private static <T> List<T> list(Document d, String key, Function<Document, T> element) {
        List<Document> documents = d.getList(key, Document.class);
        return documents == null ? List.of() : documents.stream().map(element).toList();
    }
}
