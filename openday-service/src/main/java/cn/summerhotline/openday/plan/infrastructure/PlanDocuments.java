package cn.summerhotline.openday.plan.infrastructure;

import cn.summerhotline.openday.plan.model.DistrictPlan;
import cn.summerhotline.openday.plan.model.PlanDecision;
import cn.summerhotline.openday.plan.model.PlanDecisionEntry;
import cn.summerhotline.openday.plan.model.PlanStatus;
import cn.summerhotline.openday.plan.model.PlanVersion;
import cn.summerhotline.platform.events.store.AggregateStore;
import cn.summerhotline.platform.events.store.StoredValues;
import java.util.List;
import org.bson.Document;

/** A district plan's document, spelled out by hand after platform-events' {@link StoredValues} conventions. */
final class PlanDocuments {

    static final List<String> STORED_FIELDS = List.of("year", "district", "status", "versions", "decisions");

    private PlanDocuments() {}

    static Document write(DistrictPlan plan) {
        return new Document("year", plan.year())
                .append("district", plan.district())
                .append("status", plan.status().name())
                .append("versions", StoredValues.each(plan.versions(), PlanDocuments::version))
                .append("decisions", StoredValues.each(plan.decisions(), PlanDocuments::decision));
    }

    static DistrictPlan read(Document d) {
        return DistrictPlan.restore(
                d.getString("_id"),
                StoredValues.number(d, "year").intValue(),
                d.getString("district"),
                StoredValues.number(d, AggregateStore.VERSION).longValue(),
                StoredValues.enumOf(PlanStatus.class, d.getString("status")),
                StoredValues.list(d, "versions", PlanDocuments::version),
                StoredValues.list(d, "decisions", PlanDocuments::decision));
    }

    private static Document version(PlanVersion v) {
        Document d = new Document("number", v.number())
                .append("content", v.content())
                .append("activitiesSummary", v.activitiesSummary())
                .append("submittedAt", StoredValues.date(v.submittedAt()))
                .append("late", v.late());
        StoredValues.put(d, "submittedBy", v.submittedBy());
        return d;
    }

    private static PlanVersion version(Document d) {
        return new PlanVersion(
                StoredValues.number(d, "number").intValue(),
                d.getString("content"),
                d.getString("activitiesSummary"),
                d.getString("submittedBy"),
                StoredValues.instant(d, "submittedAt"),
                Boolean.TRUE.equals(d.getBoolean("late")));
    }

    private static Document decision(PlanDecisionEntry e) {
        Document d = new Document("version", e.version())
                .append("decision", e.decision().name())
                .append("decidedAt", StoredValues.date(e.decidedAt()));
        StoredValues.put(d, "comment", e.comment());
        StoredValues.put(d, "decidedBy", e.decidedBy());
        return d;
    }

    private static PlanDecisionEntry decision(Document d) {
        return new PlanDecisionEntry(
                StoredValues.number(d, "version").intValue(),
                StoredValues.enumOf(PlanDecision.class, d.getString("decision")),
                d.getString("comment"),
                d.getString("decidedBy"),
                StoredValues.instant(d, "decidedAt"));
    }
}
