package cn.summerhotline.review.workflow.infrastructure;

import static cn.summerhotline.platform.events.store.StoredValues.date;
import static cn.summerhotline.platform.events.store.StoredValues.each;
import static cn.summerhotline.platform.events.store.StoredValues.enumOf;
import static cn.summerhotline.platform.events.store.StoredValues.instant;
import static cn.summerhotline.platform.events.store.StoredValues.list;
import static cn.summerhotline.platform.events.store.StoredValues.name;
import static cn.summerhotline.platform.events.store.StoredValues.number;
import static cn.summerhotline.platform.events.store.StoredValues.put;

import cn.summerhotline.platform.events.AppliedEvents;
import cn.summerhotline.review.workflow.model.ContentVersion;
import cn.summerhotline.review.workflow.model.Origin;
import cn.summerhotline.review.workflow.model.ReviewItemSnapshot;
import cn.summerhotline.review.workflow.model.ReviewLevel;
import cn.summerhotline.review.workflow.model.ReviewStatus;
import java.util.List;
import java.util.Objects;
import org.bson.Document;

/**
 * A review item's stored document in {@code review_items}, field by field. The queues, the audit export and the
 * statistics read these names, so they are written out here rather than following the model's records (a golden
 * document in the tests pins them). Absent values are left out and read back as the model's defaults.
 *
 * <pre>
 * _id            text     the item's id (a UUID)
 * source         text     the owning service or system, e.g. publicity-service
 * contentId      text     the content's id at its owner; (source, contentId) is unique
 * unit           text     xuhui, pudong, ..., or city: the routing keys' last segment
 * squad          text     the squad, for a squad's content; absent otherwise
 * status         text     PENDING | REJECTED | PUBLISHED | HIDDEN | TAKEN_DOWN
 * level          text     SQUAD | DISTRICT | CITY: where a pending item waits; else the last level it reached
 * levelSince     date     when it entered that level (the queue's age and deadline run from here)
 * versions       array    every version, oldest first (ReviewItemDocumentParts.version):
 *                         {number, kind, title, body, mediaLinks[], submittedBy, submittedAt, sourceEvent?,
 *                          matches[{kind, found, word?, tag?, action, start, end}]}
 * history        array    the audit trail, oldest first, append-only (ReviewItemDocumentParts.entry):
 *                         {at, step, status, level, contentVersion, actor, unit?, reason?, takedownKind?}
 *                         step: SUBMITTED | SCREENED | REVISED | RESUBMITTED | APPROVED | REJECTED | TAKEN_DOWN
 *                               | REPORTED | HIDDEN | RESTORED; status: the item's status after the entry; level:
 *                               where it happened (model.HistoryEntry); actor "system" for the pre-screen and
 *                               the service's own steps, "public" for reports; RESCREENED: hidden because a
 *                               BLOCK word added since publication matches (HIDDEN: after reports)
 * reports        array    the public's reports, oldest first, one per client, absent when none
 *                         (ReviewItemDocumentParts.report): {client, at}; client is a keyed hash (HMAC) of the
 *                         reporter's token subject or address, never either of them
 * version        number   the aggregate store's optimistic-concurrency version
 * derived, written for queries and never read back:
 * currentVersion number   the latest version's number
 * kind           text     the latest version's kind
 * title          text     the latest version's title
 * appliedEvents  array    the ids of the owner events that brought versions (platform-events' AppliedEvents field)
 * </pre>
 *
 * The time an item spent at a level is the span from the entry that brought it there (SUBMITTED, REVISED,
 * RESUBMITTED at its starting level; APPROVED one level below) to the next APPROVED or REJECTED entry.
 */
final class ReviewItemDocuments {

    /** Every field an item's document may have but {@code _id}: the fields an update sets or unsets. */
    static final List<String> STORED_FIELDS = List.of(
            "source",
            "contentId",
            "unit",
            "squad",
            "status",
            "level",
            "levelSince",
            "versions",
            "history",
            "reports",
            "version",
            "currentVersion",
            "kind",
            "title",
            AppliedEvents.FIELD);

    private ReviewItemDocuments() {}

    static Document write(ReviewItemSnapshot s) {
        Document d = new Document("_id", s.id());
        put(d, "source", s.source());
        put(d, "contentId", s.contentId());
        put(d, "unit", s.origin().unit());
        put(d, "squad", s.origin().squad());
        put(d, "status", name(s.status()));
        put(d, "level", name(s.level()));
        put(d, "levelSince", date(s.levelSince()));
        d.put("versions", each(s.versions(), ReviewItemDocumentParts::version));
        d.put("history", each(s.history(), ReviewItemDocumentParts::entry));
        if (!s.reports().isEmpty()) {
            d.put("reports", each(s.reports(), ReviewItemDocumentParts::report));
        }
        d.put("version", s.version());
        ContentVersion current = s.versions().get(s.versions().size() - 1);
        d.put("currentVersion", current.number());
        d.put("kind", name(current.content().kind()));
        d.put("title", current.content().title());
        d.put(
                AppliedEvents.FIELD,
                s.versions().stream()
                        .map(ContentVersion::sourceEvent)
                        .filter(Objects::nonNull)
                        .toList());
        return d;
    }

    static ReviewItemSnapshot read(Document d) {
        return new ReviewItemSnapshot(
                d.getString("_id"),
                d.getString("source"),
                d.getString("contentId"),
                new Origin(d.getString("unit"), d.getString("squad")),
                enumOf(ReviewStatus.class, d.getString("status")),
                enumOf(ReviewLevel.class, d.getString("level")),
                instant(d, "levelSince"),
                list(d, "versions", ReviewItemDocumentParts::version),
                list(d, "history", ReviewItemDocumentParts::entry),
                list(d, "reports", ReviewItemDocumentParts::report),
                number(d, "version").longValue());
    }
}
