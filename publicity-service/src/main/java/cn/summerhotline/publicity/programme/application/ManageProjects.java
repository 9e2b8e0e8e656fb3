package cn.summerhotline.publicity.programme.application;

import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.publicity.programme.model.Programme;
import cn.summerhotline.publicity.programme.model.Progress;
import cn.summerhotline.publicity.programme.model.Project;
import cn.summerhotline.publicity.programme.model.ProjectPlan;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * Creating and changing projects: the city admin creates them and corrects any (each correction audited on the
 * project); an implementing unit's admin corrects its own but cannot hand the project to another unit, and
 * reports its progress.
 */
@Service
public class ManageProjects {

    private static final int ATTEMPTS = 5;

    private final Projects projects;
    private final Programmes programmes;
    private final FindProjects find;
    private final Clock clock;

    ManageProjects(Projects projects, Programmes programmes, FindProjects find, Clock clock) {
        this.projects = projects;
        this.programmes = programmes;
        this.find = find;
        this.clock = clock;
    }

    public Project create(Caller caller, int year, ProjectPlan plan) {
        ProjectAccess.requireCityAdmin(caller);
        Programme programme = find.programme(year);
        requireTheme(programme, plan.theme());
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int number = projects.inYear(year).stream()
                            .mapToInt(Project::number)
                            .max()
                            .orElse(0)
                    + 1;
            Project project = Project.create(year, number, plan, "api:" + caller.subject(), clock.instant());
            if (projects.add(project)) {
                return projects.byId(project.id()).orElseThrow();
            }
        }
        throw ProjectRefusals.concurrentUpdate(year + "");
    }

    public Project revise(Caller caller, String id, ProjectPlan plan, String note) {
        return change(caller, id, project -> {
            if (!ProjectAccess.cityAdmin(caller)
                    && (!plan.implementing().equals(project.plan().implementing())
                            || !plan.responsible().equals(project.plan().responsible()))) {
                throw ProjectRefusals.departmentsCityOnly();
            }
            requireTheme(find.programme(project.year()), plan.theme());
            project.revise(plan, caller.subject(), caller.unit(), clock.instant(), note);
        });
    }

    public Project report(Caller caller, String id, Progress progress) {
        return change(
                caller, id, project -> project.report(progress, caller.subject(), caller.unit(), clock.instant()));
    }

    private Project change(Caller caller, String id, Consumer<Project> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Project project = find.get(caller, id);
            ProjectAccess.requireEditor(caller, project);
            change.accept(project);
            if (project.pendingEvents().isEmpty()) {
                return project;
            }
            Optional<Project> stored = projects.update(project);
            if (stored.isPresent()) {
                return stored.get();
            }
        }
        throw ProjectRefusals.concurrentUpdate(id);
    }

    private static void requireTheme(Programme programme, int theme) {
        if (programme.theme(theme).isEmpty()) {
            throw ProjectRefusals.unknownTheme(theme);
        }
    }

    /** Used by the programme's own importer: the year's programme, when one exists. */
    public Optional<Programme> programme(int year) {
        return programmes.byYear(year);
    }
}
