package cn.summerhotline.publicity.programme.application;

import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.publicity.programme.model.Programme;
import cn.summerhotline.publicity.programme.model.ProgressStatus;
import cn.summerhotline.publicity.programme.model.Project;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reads of the programme, narrowed to what the caller may see ({@link ProjectAccess}). */
@Service
public class FindProjects {

    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    private final Projects projects;
    private final Programmes programmes;
    private final Clock clock;

    FindProjects(Projects projects, Programmes programmes, Clock clock) {
        this.projects = projects;
        this.programmes = programmes;
        this.clock = clock;
    }

    /** Today in Shanghai, by the service's (adjustable) clock: the day lateness is judged on. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(BUSINESS_ZONE));
    }

    public Programme programme(int year) {
        checkYear(year);
        return programmes.byYear(year).orElseThrow(() -> ProjectRefusals.programmeNotFound(year));
    }

    public List<Project> list(Caller caller, int year, Integer theme, String unit, ProgressStatus status) {
        programme(year);
        LocalDate today = today();
        return projects.inYear(year).stream()
                .filter(p -> ProjectAccess.mayRead(caller, p))
                .filter(p -> theme == null || p.plan().theme() == theme)
                .filter(p -> unit == null || p.implementedBy(unit))
                .filter(p -> status == null || p.status(today) == status)
                .toList();
    }

    /** Every project of the year the caller may see. */
    public List<Project> visible(Caller caller, int year) {
        return list(caller, year, null, null, null);
    }

    public Project get(Caller caller, String id) {
        return projects.byId(id)
                .filter(p -> ProjectAccess.mayRead(caller, p))
                .orElseThrow(() -> ProjectRefusals.projectNotFound(id));
    }

    public static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw ProjectRefusals.invalidYear();
        }
    }
}
