package cn.summerhotline.publicity.importing.application;

import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.publicity.importing.model.CheckedPlan;
import cn.summerhotline.publicity.importing.model.ImportReport;
import cn.summerhotline.publicity.importing.model.PlanCheck;
import cn.summerhotline.publicity.importing.model.PlanDocument;
import cn.summerhotline.publicity.programme.application.FindProjects;
import cn.summerhotline.publicity.programme.application.Programmes;
import cn.summerhotline.publicity.programme.application.ProjectAccess;
import cn.summerhotline.publicity.programme.application.Projects;
import cn.summerhotline.publicity.programme.model.Programme;
import cn.summerhotline.publicity.programme.model.Project;
import cn.summerhotline.publicity.refusals.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Imports a year's plan: checks it ({@link PlanCheck}), stores the programme, every project that passed and the
 * report. A year that has a programme already is refused (409): its projects are corrected one by one. Every write
 * is keyed by the year (programme) or year and number (projects), and the report is written last, so an import
 * that stopped half-way is completed by running it again, and two replicas running it at once store one of each.
 */
@Service
public class ImportPlan {

    private final Programmes programmes;
    private final Projects projects;
    private final ImportReports reports;
    private final Clock clock;

    ImportPlan(Programmes programmes, Projects projects, ImportReports reports, Clock clock) {
        this.programmes = programmes;
        this.projects = projects;
        this.reports = reports;
        this.clock = clock;
    }

    public ImportReport byCityAdmin(Caller caller, int year, PlanDocument plan, String source) {
        ProjectAccess.requireCityAdmin(caller);
        FindProjects.checkYear(year);
        if (programmes.byYear(year).isPresent()) {
            throw Refusal.conflict("programme-exists", "import.programme-exists", year);
        }
        return store(PlanCheck.check(year, plan), source, caller.subject());
    }

    /**
     * The plan shipped with the service, on a start: imported unless its report is there (the import finished) or
     * the year's programme was made otherwise (by an admin).
     */
    public Optional<ImportReport> seed(int year, PlanDocument plan, String source) {
        if (reports.ofYear(year).isPresent()) {
            return Optional.empty();
        }
        Optional<Programme> existing = programmes.byYear(year);
        if (existing.isPresent() && !existing.get().origin().equals(origin(source))) {
            return Optional.empty();
        }
        return Optional.of(store(PlanCheck.check(year, plan), source, "system"));
    }

    public ImportReport report(Caller caller, int year) {
        ProjectAccess.requireCityAdmin(caller);
        FindProjects.checkYear(year);
        return reports.ofYear(year).orElseThrow(() -> Refusal.notFound("ImportReport", year));
    }

    private ImportReport store(CheckedPlan plan, String source, String by) {
        Instant at = clock.instant();
        programmes.add(new Programme(
                plan.year(),
                plan.title(),
                plan.campaignStart(),
                plan.campaignEnd(),
                plan.themes(),
                origin(source),
                at));
        for (CheckedPlan.Accepted accepted : plan.projects()) {
            projects.add(Project.create(plan.year(), accepted.number(), accepted.plan(), origin(source), at));
        }
        ImportReport report = ImportReport.of(plan, source, by, at);
        reports.keep(report);
        return report;
    }

    private static String origin(String source) {
        return "import:" + source;
    }
}
