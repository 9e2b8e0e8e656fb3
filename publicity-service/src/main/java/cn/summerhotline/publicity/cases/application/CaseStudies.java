package cn.summerhotline.publicity.cases.application;

import cn.summerhotline.platform.organisation.Unit;
import cn.summerhotline.platform.privacy.PersonalData;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.publicity.content.application.SubmitContent;
import cn.summerhotline.publicity.content.model.Content;
import cn.summerhotline.publicity.content.model.ContentKind;
import cn.summerhotline.publicity.content.model.Draft;
import cn.summerhotline.publicity.programme.application.FindProjects;
import cn.summerhotline.publicity.programme.application.ProjectAccess;
import cn.summerhotline.publicity.programme.model.CaseCategory;
import cn.summerhotline.publicity.programme.model.Project;
import cn.summerhotline.publicity.refusals.Refusal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Case studies (典型案例) for projects that ask for them (project 3, the summer special enforcement action, and any
 * with case categories): the resolved complaints of the project's districts and categories, and a chosen one
 * turned into draft content. Nothing personal leaves complaint-service's text: the description and the resolution
 * are masked by the platform's policy, the reporter is never read, and the draft keeps only the tracking number,
 * for the record.
 */
@Service
public class CaseStudies {

    static final int PER_QUERY = 10;

    private final ComplaintCases complaints;
    private final FindProjects projects;
    private final SubmitContent submit;

    CaseStudies(ComplaintCases complaints, FindProjects projects, SubmitContent submit) {
        this.complaints = complaints;
        this.projects = projects;
        this.submit = submit;
    }

    /** A resolved complaint as a candidate: masked text, no reporter. */
    public record Candidate(
            String complaintId,
            String trackingNumber,
            String category,
            String district,
            String status,
            String description,
            String resolution,
            java.time.OffsetDateTime receivedAt) {

        static Candidate of(ComplaintCases.ResolvedCase c) {
            return new Candidate(
                    c.id(),
                    c.trackingNumber(),
                    c.category(),
                    c.district(),
                    c.status(),
                    PersonalData.mask(c.description(), c.knownNames()),
                    PersonalData.mask(c.resolution(), c.knownNames()),
                    c.receivedAt());
        }
    }

    public List<Candidate> candidates(Caller caller, String projectId, String district) {
        Project project = projects.get(caller, projectId);
        ProjectAccess.requireEditor(caller, project);
        List<String> districts = districts(project, district);
        List<Candidate> found = new ArrayList<>();
        for (String d : districts) {
            for (String category : project.plan().caseCategories()) {
                for (String status : ComplaintCases.RESOLVED) {
                    complaints.resolved(d, category, status, PER_QUERY).stream()
                            .map(Candidate::of)
                            .forEach(found::add);
                }
            }
        }
        found.sort(Comparator.comparing(Candidate::receivedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return found;
    }

    public Content choose(Caller caller, String projectId, String complaintId) {
        Project project = projects.get(caller, projectId);
        ProjectAccess.requireContributor(caller, project);
        ComplaintCases.ResolvedCase chosen = complaints.complaint(complaintId);
        if (!ComplaintCases.RESOLVED.contains(chosen.status())
                || !project.plan().caseCategories().contains(chosen.category())) {
            throw Refusal.invalid("cases.not-a-candidate", complaintId);
        }
        Candidate c = Candidate.of(chosen);
        String category = CaseCategory.isKnown(c.category())
                ? CaseCategory.valueOf(c.category()).label().zh()
                : "";
        String district = c.district() == null
                ? ""
                : Unit.ofCode(c.district()).map(u -> u.label().zh()).orElse("");
        String title = ("典型案例：" + district + category).strip();
        String body = "市民反映：" + text(c.description()) + "\n处置结果：" + text(c.resolution());
        return submit.caseStudy(
                caller,
                project.id(),
                new Draft(ContentKind.CASE_STUDY, title, body, List.of()),
                chosen.trackingNumber());
    }

    private static List<String> districts(Project project, String district) {
        List<String> own = project.plan().implementing().stream()
                .filter(Unit::isDistrict)
                .map(Unit::code)
                .toList();
        if (district == null) {
            // A city-level project (the special enforcement action) draws on every district at once.
            return own.isEmpty() ? java.util.Collections.singletonList(null) : own;
        }
        if (!own.isEmpty() && !own.contains(district)
                || Unit.ofCode(district).filter(Unit::isDistrict).isEmpty()) {
            throw Refusal.invalid("cases.invalid-district", district);
        }
        return List.of(district);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "（无）" : value.strip();
    }
}
