package cn.summerhotline.complaint.infrastructure;

import cn.summerhotline.complaint.model.PossibleDuplicate;
import cn.summerhotline.complaint.model.Rating;
import cn.summerhotline.complaint.model.Reply;
import cn.summerhotline.complaint.model.ReplyChannel;
import cn.summerhotline.complaint.model.Status;
import cn.summerhotline.complaint.model.Step;
import cn.summerhotline.complaint.model.Supervision;
import cn.summerhotline.complaint.model.TimelineEntry;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;

/**
 * The entries of a complaint's stored lists (replies, ratings, supervisions, timeline, possible duplicates), and
 * the conventions of every stored value: enums by name, instants as BSON dates, absent values left out, numbers
 * read whatever their width.
 */
final class ComplaintDocumentParts {

    private ComplaintDocumentParts() {}

    static Document reply(Reply r) {
        Document d = new Document();
        put(d, "message", r.message());
        put(d, "channel", name(r.channel()));
        put(d, "at", date(r.at()));
        put(d, "by", r.by());
        put(d, "fromCase", r.fromCase());
        return d;
    }

    static Reply reply(Document d) {
        return new Reply(
                d.getString("message"),
                enumOf(ReplyChannel.class, d.getString("channel")),
                instant(d, "at"),
                d.getString("by"),
                d.getString("fromCase"));
    }

    static Document rating(Rating r) {
        Document d = new Document("score", r.score());
        put(d, "comment", r.comment());
        put(d, "at", date(r.at()));
        d.put("replyNumber", r.replyNumber());
        return d;
    }

    static Rating rating(Document d) {
        return new Rating(
                number(d, "score").intValue(),
                d.getString("comment"),
                instant(d, "at"),
                number(d, "replyNumber").intValue());
    }

    static Document supervision(Supervision s) {
        Document d = new Document();
        put(d, "note", s.note());
        put(d, "dueAt", date(s.dueAt()));
        put(d, "at", date(s.at()));
        put(d, "by", s.by());
        return d;
    }

    static Supervision supervision(Document d) {
        return new Supervision(d.getString("note"), instant(d, "dueAt"), instant(d, "at"), d.getString("by"));
    }

    static Document step(TimelineEntry e) {
        Document d = new Document();
        put(d, "at", date(e.at()));
        put(d, "step", name(e.step()));
        put(d, "status", name(e.status()));
        put(d, "actor", e.actor());
        put(d, "unit", e.unit());
        put(d, "note", e.note());
        return d;
    }

    static TimelineEntry step(Document d) {
        return new TimelineEntry(
                instant(d, "at"),
                enumOf(Step.class, d.getString("step")),
                enumOf(Status.class, d.getString("status")),
                d.getString("actor"),
                d.getString("unit"),
                d.getString("note"));
    }

    static Document duplicate(PossibleDuplicate p) {
        Document d = new Document();
        put(d, "complaintId", p.complaintId());
        put(d, "trackingNumber", p.trackingNumber());
        put(d, "metres", p.metres());
        return d;
    }

    static PossibleDuplicate duplicate(Document d) {
        return new PossibleDuplicate(
                d.getString("complaintId"),
                d.getString("trackingNumber"),
                d.get("metres") == null ? null : number(d, "metres").doubleValue());
    }

    /** As the store has always had them: a field with no value is left out rather than stored as null. */
    static void put(Document d, String key, Object value) {
        if (value != null) {
            d.put(key, value);
        }
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    static Instant instant(Document d, String key) {
        Date date = d.getDate(key);
        return date == null ? null : date.toInstant();
    }

    /** Numbers as any BSON number type, 0 when absent: older documents or other writers may differ in width. */
    static Number number(Document d, String key) {
        Object value = d.get(key);
        return value == null ? 0 : (Number) value;
    }

    static <T> List<Document> each(List<T> values, Function<T, Document> write) {
        return values.stream().map(write).toList();
    }

    static <T> List<T> list(Document d, String key, Function<Document, T> element) {
        List<Document> documents = d.getList(key, Document.class);
        return documents == null ? List.of() : documents.stream().map(element).toList();
    }
}
