package cn.summerhotline.review.workflow.infrastructure;

import static cn.summerhotline.platform.events.store.StoredValues.date;
import static cn.summerhotline.platform.events.store.StoredValues.each;
import static cn.summerhotline.platform.events.store.StoredValues.enumOf;
import static cn.summerhotline.platform.events.store.StoredValues.instant;
import static cn.summerhotline.platform.events.store.StoredValues.list;
import static cn.summerhotline.platform.events.store.StoredValues.name;
import static cn.summerhotline.platform.events.store.StoredValues.number;
import static cn.summerhotline.platform.events.store.StoredValues.put;

import cn.summerhotline.review.screening.model.MatchKind;
import cn.summerhotline.review.screening.model.Screened;
import cn.summerhotline.review.screening.model.ScreeningAction;
import cn.summerhotline.review.screening.model.ScreeningMatch;
import cn.summerhotline.review.workflow.model.Content;
import cn.summerhotline.review.workflow.model.ContentKind;
import cn.summerhotline.review.workflow.model.ContentVersion;
import cn.summerhotline.review.workflow.model.HistoryEntry;
import cn.summerhotline.review.workflow.model.Report;
import cn.summerhotline.review.workflow.model.ReviewLevel;
import cn.summerhotline.review.workflow.model.ReviewStatus;
import cn.summerhotline.review.workflow.model.Step;
import cn.summerhotline.review.workflow.model.TakedownKind;
import org.bson.Document;

/**
 * The entries of an item's stored lists (versions with their matches, history, reports), as ReviewItemDocuments
 * lists them.
 */
final class ReviewItemDocumentParts {

    private ReviewItemDocumentParts() {}

    static Document version(ContentVersion v) {
        Document d = new Document("number", v.number());
        put(d, "kind", name(v.content().kind()));
        put(d, "title", v.content().title());
        put(d, "body", v.content().body());
        d.put("mediaLinks", v.content().mediaLinks());
        put(d, "submittedBy", v.submittedBy());
        put(d, "submittedAt", date(v.submittedAt()));
        put(d, "sourceEvent", v.sourceEvent());
        d.put("matches", each(v.screened().matches(), ReviewItemDocumentParts::match));
        return d;
    }

    static ContentVersion version(Document d) {
        return new ContentVersion(
                number(d, "number").intValue(),
                new Content(
                        enumOf(ContentKind.class, d.getString("kind")),
                        d.getString("title"),
                        d.getString("body"),
                        d.getList("mediaLinks", String.class)),
                d.getString("submittedBy"),
                instant(d, "submittedAt"),
                new Screened(list(d, "matches", ReviewItemDocumentParts::match)),
                d.getString("sourceEvent"));
    }

    static Document match(ScreeningMatch m) {
        Document d = new Document();
        put(d, "kind", name(m.kind()));
        put(d, "found", m.found());
        put(d, "word", m.word());
        put(d, "tag", m.tag());
        put(d, "action", name(m.action()));
        d.put("start", m.start());
        d.put("end", m.end());
        return d;
    }

    static ScreeningMatch match(Document d) {
        return new ScreeningMatch(
                enumOf(MatchKind.class, d.getString("kind")),
                d.getString("found"),
                d.getString("word"),
                d.getString("tag"),
                enumOf(ScreeningAction.class, d.getString("action")),
                number(d, "start").intValue(),
                number(d, "end").intValue());
    }

    static Document entry(HistoryEntry e) {
        Document d = new Document();
        put(d, "at", date(e.at()));
        put(d, "step", name(e.step()));
        put(d, "status", name(e.status()));
        put(d, "level", name(e.level()));
        d.put("contentVersion", e.contentVersion());
        put(d, "actor", e.actor());
        put(d, "unit", e.unit());
        put(d, "reason", e.reason());
        put(d, "takedownKind", name(e.takedownKind()));
        return d;
    }

    static HistoryEntry entry(Document d) {
        return new HistoryEntry(
                instant(d, "at"),
                enumOf(Step.class, d.getString("step")),
                enumOf(ReviewStatus.class, d.getString("status")),
                enumOf(ReviewLevel.class, d.getString("level")),
                number(d, "contentVersion").intValue(),
                d.getString("actor"),
                d.getString("unit"),
                d.getString("reason"),
                enumOf(TakedownKind.class, d.getString("takedownKind")));
    }

    static Document report(Report r) {
        Document d = new Document();
        put(d, "client", r.client());
        put(d, "at", date(r.at()));
        return d;
    }

    static Report report(Document d) {
        return new Report(d.getString("client"), instant(d, "at"));
    }
}
