package cn.summerhotline.publicity.programme.model;

import cn.summerhotline.platform.organisation.Unit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A publicity project of a campaign year (宣传项目): its plan, the progress its implementing unit reports, the
 * content of it that is published, and whether it is late. Lateness is the calendar's verdict, not a status
 * anyone sets: a project whose period has ended with nothing published is LATE; one whose period starts within
 * {@link #AT_RISK_DAYS} days while still PLANNED (nothing in preparation) is AT_RISK.
 */
public final class Project {

    public static final int AT_RISK_DAYS = 7;

    private ProjectSnapshot state;
    private final List<ProjectEvent> pending = new ArrayList<>();

    private Project(ProjectSnapshot state) {
        this.state = state;
    }

    public static Project restore(ProjectSnapshot snapshot) {
        return new Project(snapshot);
    }

    /** A new project; {@code origin} says where it came from (an import, or who created it). */
    public static Project create(int year, int number, ProjectPlan plan, String origin, Instant at) {
        if (plan.period().year() != year) {
            throw new ProgrammeRuleViolation("period", "the period must lie in the campaign year " + year);
        }
        Project project = new Project(new ProjectSnapshot(
                idOf(year, number),
                year,
                number,
                plan,
                Progress.NOT_STARTED,
                List.of(),
                null,
                List.of(),
                origin,
                at,
                at,
                0));
        project.pending.add(new ProjectEvent.Created(
                project.id(),
                year,
                number,
                plan.theme(),
                plan.title(),
                codes(plan.implementing()),
                plan.period().start(),
                plan.period().end(),
                origin,
                plan.routingUnit(),
                at));
        return project;
    }

    /** Projects are named by year and number, so that two replicas importing the same plan make one of each. */
    public static String idOf(int year, int number) {
        return "p%d-%02d".formatted(year, number);
    }

    /** Corrects the plan (audited); nothing happens when nothing changed. */
    public void revise(ProjectPlan plan, String by, String unit, Instant at, String note) {
        if (plan.period().year() != state.year()) {
            throw new ProgrammeRuleViolation("period", "the period must lie in the campaign year " + state.year());
        }
        List<String> fields = changedFields(state.plan(), plan);
        if (fields.isEmpty()) {
            return;
        }
        List<Correction> corrections = new ArrayList<>(state.corrections());
        corrections.add(new Correction(by, unit, at, fields, note));
        state = new ProjectSnapshot(
                state.id(),
                state.year(),
                state.number(),
                plan,
                state.progress(),
                state.publishedContents(),
                state.lateSince(),
                corrections,
                state.origin(),
                state.createdAt(),
                at,
                state.version());
        updated(fields, at);
    }

    public void report(Progress progress, String by, String unit, Instant at) {
        if (progress.equals(state.progress())) {
            return;
        }
        List<Correction> corrections = new ArrayList<>(state.corrections());
        corrections.add(new Correction(by, unit, at, List.of("progress"), null));
        state = new ProjectSnapshot(
                state.id(),
                state.year(),
                state.number(),
                state.plan(),
                progress,
                state.publishedContents(),
                state.lateSince(),
                corrections,
                state.origin(),
                state.createdAt(),
                at,
                state.version());
        updated(List.of("progress"), at);
    }

    /** Marks the project late once, when the calendar says it is: true if it was marked now. */
    public boolean markLateIfDue(LocalDate today, Instant at) {
        if (state.lateSince() != null || timeliness(today) != Timeliness.LATE) {
            return false;
        }
        state = new ProjectSnapshot(
                state.id(),
                state.year(),
                state.number(),
                state.plan(),
                state.progress(),
                state.publishedContents(),
                at,
                state.corrections(),
                state.origin(),
                state.createdAt(),
                state.updatedAt(),
                state.version());
        pending.add(new ProjectEvent.Late(
                id(),
                state.year(),
                state.number(),
                state.plan().title(),
                codes(state.plan().implementing()),
                state.plan().period().end(),
                state.plan().routingUnit(),
                at));
        return true;
    }

    public Timeliness timeliness(LocalDate today) {
        PublicityPeriod period = state.plan().period();
        if (today.isAfter(period.end()) && state.publishedContents().isEmpty()) {
            return Timeliness.LATE;
        }
        boolean startsSoon =
                !today.isAfter(period.start()) && !today.plusDays(AT_RISK_DAYS).isBefore(period.start());
        if (startsSoon && state.progress().status() == ProgressStatus.PLANNED) {
            return Timeliness.AT_RISK;
        }
        return Timeliness.ON_SCHEDULE;
    }

    /** The status everybody reads: LATE when the calendar says so, otherwise what the unit reported. */
    public ProgressStatus status(LocalDate today) {
        return timeliness(today) == Timeliness.LATE
                ? ProgressStatus.LATE
                : state.progress().status();
    }

    /** Whether the unit is one of the implementing units (the city bureau's callers act for all). */
    public boolean implementedBy(String unitCode) {
        return state.plan().implementing().stream().anyMatch(u -> u.code().equals(unitCode));
    }

    private void updated(List<String> fields, Instant at) {
        pending.add(new ProjectEvent.Updated(
                id(),
                state.year(),
                state.number(),
                fields,
                state.progress().status(),
                state.progress().percent(),
                state.plan().routingUnit(),
                at));
    }

    private static List<String> changedFields(ProjectPlan was, ProjectPlan now) {
        List<String> fields = new ArrayList<>();
        if (!was.title().equals(now.title())) fields.add("title");
        if (was.theme() != now.theme()) fields.add("theme");
        if (!was.responsible().equals(now.responsible())) fields.add("responsible");
        if (!was.implementing().equals(now.implementing())) fields.add("implementing");
        if (!was.period().equals(now.period())) fields.add("period");
        if (!Objects.equals(was.description(), now.description())) fields.add("description");
        if (!was.caseCategories().equals(now.caseCategories())) fields.add("caseCategories");
        return fields;
    }

    private static List<String> codes(List<Unit> units) {
        return units.stream().map(Unit::code).toList();
    }

    public String id() {
        return state.id();
    }

    public int year() {
        return state.year();
    }

    public int number() {
        return state.number();
    }

    public ProjectPlan plan() {
        return state.plan();
    }

    public Progress progress() {
        return state.progress();
    }

    public long version() {
        return state.version();
    }

    public ProjectSnapshot snapshot() {
        return state;
    }

    public List<ProjectEvent> pendingEvents() {
        return List.copyOf(pending);
    }
}
