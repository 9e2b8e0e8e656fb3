package cn.summerhotline.complaint.infrastructure;

import static cn.summerhotline.platform.events.store.StoredValues.date;
import static cn.summerhotline.platform.events.store.StoredValues.enumOf;
import static cn.summerhotline.platform.events.store.StoredValues.instant;
import static cn.summerhotline.platform.events.store.StoredValues.name;
import static cn.summerhotline.platform.events.store.StoredValues.number;
import static cn.summerhotline.platform.events.store.StoredValues.put;

import cn.summerhotline.complaint.model.PossibleDuplicate;
import cn.summerhotline.complaint.model.Rating;
import cn.summerhotline.complaint.model.Reply;
import cn.summerhotline.complaint.model.ReplyChannel;
import cn.summerhotline.complaint.model.Status;
import cn.summerhotline.complaint.model.Step;
import cn.summerhotline.complaint.model.Supervision;
import cn.summerhotline.complaint.model.TimelineEntry;
import org.bson.Document;

/**
 * The entries of a complaint's stored lists (replies, ratings, supervisions, timeline, possible duplicates), by
 * the conventions of every stored value ({@link cn.summerhotline.platform.events.store.StoredValues}).
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
}
