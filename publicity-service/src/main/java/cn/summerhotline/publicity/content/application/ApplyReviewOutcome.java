package cn.summerhotline.publicity.content.application;

import cn.summerhotline.publicity.content.model.Content;
import cn.summerhotline.publicity.content.model.ContentStatus;
import cn.summerhotline.publicity.content.model.ReviewOutcome;
import cn.summerhotline.publicity.programme.application.Projects;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A review event about this service's content: applied to the content once (its id kept in the same write), then
 * the project told whether the content is public. That second write is idempotent and is made again for a
 * redelivered event, so a stop between the two leaves nothing behind.
 */
@Service
public class ApplyReviewOutcome {

    private static final int ATTEMPTS = 5;

    private final Contents contents;
    private final Projects projects;

    ApplyReviewOutcome(Contents contents, Projects projects) {
        this.contents = contents;
        this.projects = projects;
    }

    /** False when the content is unknown here (an event of another owner's item that named this source). */
    public boolean apply(String contentId, ReviewOutcome outcome) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Content> found = contents.byId(contentId);
            if (found.isEmpty()) {
                return false;
            }
            Content content = found.get();
            if (!content.apply(outcome)) {
                syncProject(content);
                return true;
            }
            Optional<Content> stored = contents.update(content);
            if (stored.isPresent()) {
                syncProject(stored.get());
                return true;
            }
        }
        throw ContentRefusals.concurrentUpdate(contentId);
    }

    private void syncProject(Content content) {
        if (content.status() == ContentStatus.PUBLISHED) {
            projects.published(content.projectId(), content.id());
        } else {
            projects.withdrawn(content.projectId(), content.id());
        }
    }
}
