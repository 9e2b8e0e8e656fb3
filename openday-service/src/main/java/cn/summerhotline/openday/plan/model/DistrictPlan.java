package cn.summerhotline.openday.plan.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A district bureau's plan for one year's open day, as submitted to the city bureau office (附件1 五(一)): every
 * version submitted, every decision taken, and the events of the changes not yet stored. One per district and
 * year, its id {@code <year>-<district>}. The office accepts or returns a version awaiting its decision; a
 * returned plan is submitted again as a new version.
 */
public final class DistrictPlan {

    private final String id;
    private final int year;
    private final String district;
    private final long storedVersion;
    private final PlanStatus status;
    private final List<PlanVersion> versions;
    private final List<PlanDecisionEntry> decisions;
    private final List<PlanEvent> pendingEvents;

    private DistrictPlan(
            String id,
            int year,
            String district,
            long storedVersion,
            PlanStatus status,
            List<PlanVersion> versions,
            List<PlanDecisionEntry> decisions,
            List<PlanEvent> pendingEvents) {
        this.id = Objects.requireNonNull(id, "id");
        this.year = year;
        this.district = Objects.requireNonNull(district, "district");
        this.storedVersion = storedVersion;
        this.status = Objects.requireNonNull(status, "status");
        this.versions = List.copyOf(versions);
        this.decisions = List.copyOf(decisions);
        this.pendingEvents = List.copyOf(pendingEvents);
        if (this.versions.isEmpty()) {
            throw new IllegalArgumentException("a plan has at least its first version");
        }
    }

    public static String idOf(int year, String district) {
        return year + "-" + district;
    }

    /** The first submission of the district's plan for the year. */
    public static DistrictPlan submit(
            int year, String district, String content, String summary, String by, Instant at, boolean late) {
        PlanVersion first = version(1, content, summary, by, at, late);
        String id = idOf(year, district);
        return new DistrictPlan(
                id,
                year,
                district,
                0,
                PlanStatus.AWAITING_DECISION,
                List.of(first),
                List.of(),
                List.of(new PlanEvent.Submitted(id, year, district, 1, late, at)));
    }

    /** A stored plan as it was read. */
    public static DistrictPlan restore(
            String id,
            int year,
            String district,
            long storedVersion,
            PlanStatus status,
            List<PlanVersion> versions,
            List<PlanDecisionEntry> decisions) {
        return new DistrictPlan(id, year, district, storedVersion, status, versions, decisions, List.of());
    }

    /** A returned plan submitted again: its next version, awaiting the office's decision. */
    public DistrictPlan resubmit(String content, String summary, String by, Instant at, boolean late) {
        if (status != PlanStatus.RETURNED) {
            throw new PlanConflict(
                    PlanConflict.Kind.NOT_RETURNED, status, current().number());
        }
        PlanVersion next = version(current().number() + 1, content, summary, by, at, late);
        List<PlanVersion> all = new ArrayList<>(versions);
        all.add(next);
        return with(
                PlanStatus.AWAITING_DECISION,
                all,
                decisions,
                new PlanEvent.Submitted(id, year, district, next.number(), late, at));
    }

    /** The office's decision on the version awaiting it; returning needs a comment. */
    public DistrictPlan decide(PlanDecision decision, String comment, String by, Instant at) {
        if (status != PlanStatus.AWAITING_DECISION) {
            throw new PlanConflict(
                    PlanConflict.Kind.NOT_AWAITING_DECISION, status, current().number());
        }
        String said = comment == null || comment.isBlank() ? null : comment.strip();
        if (decision == PlanDecision.RETURN && said == null) {
            throw new PlanRuleViolation("comment");
        }
        if (said != null && said.length() > PlanDecisionEntry.MAX_COMMENT) {
            throw new PlanRuleViolation("comment");
        }
        int number = current().number();
        List<PlanDecisionEntry> all = new ArrayList<>(decisions);
        all.add(new PlanDecisionEntry(number, decision, said, by, at));
        return decision == PlanDecision.ACCEPT
                ? with(PlanStatus.ACCEPTED, versions, all, new PlanEvent.Accepted(id, year, district, number, at))
                : with(
                        PlanStatus.RETURNED,
                        versions,
                        all,
                        new PlanEvent.Returned(id, year, district, number, said, at));
    }

    /** The plan as stored at a new version, its events handed over. */
    public DistrictPlan stored(long newVersion) {
        return new DistrictPlan(id, year, district, newVersion, status, versions, decisions, List.of());
    }

    public PlanVersion current() {
        return versions.get(versions.size() - 1);
    }

    /** Whether the plan reached the office late: its first version came after the deadline. */
    public boolean late() {
        return versions.get(0).late();
    }

    public String id() {
        return id;
    }

    public int year() {
        return year;
    }

    public String district() {
        return district;
    }

    public long storedVersion() {
        return storedVersion;
    }

    public PlanStatus status() {
        return status;
    }

    public List<PlanVersion> versions() {
        return versions;
    }

    public List<PlanDecisionEntry> decisions() {
        return decisions;
    }

    public List<PlanEvent> pendingEvents() {
        return pendingEvents;
    }

    private DistrictPlan with(
            PlanStatus newStatus,
            List<PlanVersion> newVersions,
            List<PlanDecisionEntry> newDecisions,
            PlanEvent event) {
        List<PlanEvent> events = new ArrayList<>(pendingEvents);
        events.add(event);
        return new DistrictPlan(id, year, district, storedVersion, newStatus, newVersions, newDecisions, events);
    }

    private static PlanVersion version(
            int number, String content, String summary, String by, Instant at, boolean late) {
        if (content == null || content.isBlank() || content.length() > PlanVersion.MAX_CONTENT) {
            throw new PlanRuleViolation("content");
        }
        if (summary == null || summary.isBlank() || summary.length() > PlanVersion.MAX_SUMMARY) {
            throw new PlanRuleViolation("activitiesSummary");
        }
        return new PlanVersion(number, content.strip(), summary.strip(), by, at, late);
    }
}
