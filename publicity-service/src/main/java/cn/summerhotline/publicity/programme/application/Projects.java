package cn.summerhotline.publicity.programme.application;

import cn.summerhotline.publicity.programme.model.Project;
import java.util.List;
import java.util.Optional;

/** The projects of every campaign year. */
public interface Projects {

    Optional<Project> byId(String id);

    /** The year's projects by number. */
    List<Project> inYear(int year);

    /** Projects not yet marked late whose period ended before the day: the lateness check's candidates. */
    List<Project> endedBeforeAndNotLate(java.time.LocalDate day);

    long countAll();

    /** False, storing nothing, when a project of that id exists already. */
    boolean add(Project project);

    /** Empty when the project changed since it was read (nothing written). */
    Optional<Project> update(Project project);

    /** Records that content of the project is published (a repeat changes nothing). */
    void published(String projectId, String contentId);

    /** Records that content of the project is no longer public. */
    void withdrawn(String projectId, String contentId);
}
