package cn.summerhotline.publicity.coverage.application;

import cn.summerhotline.platform.organisation.Unit;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import cn.summerhotline.publicity.coverage.model.Coverage;
import cn.summerhotline.publicity.coverage.model.ExposureTotals;
import cn.summerhotline.publicity.coverage.model.OutletKind;
import cn.summerhotline.publicity.programme.application.FindProjects;
import cn.summerhotline.publicity.programme.application.ProjectAccess;
import cn.summerhotline.publicity.programme.model.Project;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Recording what reached the media, and adding it up. The city admin and an implementing unit's admin record a
 * project's coverage; the totals cover the projects the caller may see.
 */
@Service
public class RecordCoverage {

    private final CoverageRecords records;
    private final FindProjects projects;
    private final Clock clock;

    RecordCoverage(CoverageRecords records, FindProjects projects, Clock clock) {
        this.records = records;
        this.projects = projects;
        this.clock = clock;
    }

    public record Report(
            String outlet, OutletKind kind, LocalDate date, String link, long readers, long views, String contentId) {}

    public Coverage record(Caller caller, String projectId, Report report) {
        Project project = projects.get(caller, projectId);
        ProjectAccess.requireEditor(caller, project);
        Coverage coverage = new Coverage(
                "m-" + UUID.randomUUID(),
                project.id(),
                project.year(),
                project.plan().theme(),
                project.plan().implementing().stream().map(Unit::code).toList(),
                report.outlet(),
                report.kind(),
                report.date(),
                report.link(),
                report.readers(),
                report.views(),
                report.contentId(),
                caller.subject(),
                clock.instant());
        records.add(coverage, project.plan().routingUnit());
        return coverage;
    }

    /** The year's coverage of the projects the caller may see. */
    public List<Coverage> visible(Caller caller, int year) {
        requireReader(caller);
        Set<String> visible =
                projects.visible(caller, year).stream().map(Project::id).collect(Collectors.toSet());
        return records.inYear(year).stream()
                .filter(c -> visible.contains(c.projectId()))
                .toList();
    }

    public ExposureTotals totals(Caller caller, int year) {
        return ExposureTotals.of(visible(caller, year));
    }

    private static void requireReader(Caller caller) {
        if (!caller.hasAny(
                Role.CITY_ADMIN,
                Role.DISTRICT_ADMIN,
                Role.SQUAD_OFFICER,
                Role.REVIEWER,
                Role.MEDIA,
                Role.INTEGRATION,
                Role.OPERATOR)) {
            throw new AccessDeniedException("no coverage for this role");
        }
    }
}
