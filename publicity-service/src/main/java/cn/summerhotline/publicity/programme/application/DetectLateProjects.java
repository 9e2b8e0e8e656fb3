package cn.summerhotline.publicity.programme.application;

import cn.summerhotline.publicity.programme.model.Project;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * The lateness check: every project whose period ended with nothing published is marked late, and its {@code
 * project.late} event emitted, once. Replicas may run it at the same time: the version-guarded update lets one
 * of them mark a project, the other finds it changed and leaves it.
 */
@Service
public class DetectLateProjects {

    private final Projects projects;
    private final FindProjects find;
    private final Clock clock;

    DetectLateProjects(Projects projects, FindProjects find, Clock clock) {
        this.projects = projects;
        this.find = find;
        this.clock = clock;
    }

    /** How many projects were marked late by this run. */
    public int run() {
        LocalDate today = find.today();
        int marked = 0;
        for (Project project : projects.endedBeforeAndNotLate(today)) {
            if (project.markLateIfDue(today, clock.instant())
                    && projects.update(project).isPresent()) {
                marked++;
            }
        }
        return marked;
    }
}
