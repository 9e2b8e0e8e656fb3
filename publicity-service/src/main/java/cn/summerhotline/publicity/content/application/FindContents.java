package cn.summerhotline.publicity.content.application;

import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.publicity.content.model.Content;
import cn.summerhotline.publicity.programme.application.FindProjects;
import cn.summerhotline.publicity.programme.model.Project;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Reads of content: staff see the content of the projects they may see (another unit's answers 404); the public
 * reads the published content only.
 */
@Service
public class FindContents {

    public static final int MAX_PAGE_SIZE = 100;

    private final Contents contents;
    private final FindProjects projects;

    FindContents(Contents contents, FindProjects projects) {
        this.contents = contents;
        this.projects = projects;
    }

    public Content get(Caller caller, String id) {
        Content content = contents.byId(id).orElseThrow(() -> ContentRefusals.notFound(id));
        try {
            projects.get(caller, content.projectId());
        } catch (RuntimeException notVisible) {
            throw ContentRefusals.notFound(id);
        }
        return content;
    }

    public List<Content> ofProject(Caller caller, String projectId) {
        Project project = projects.get(caller, projectId);
        return contents.ofProject(project.id());
    }

    public List<Content> published(int year, String projectId, int page, int size) {
        FindProjects.checkYear(year);
        return contents.publishedInYear(year, projectId, page, size);
    }

    public long countPublished(int year, String projectId) {
        return contents.countPublishedInYear(year, projectId);
    }
}
