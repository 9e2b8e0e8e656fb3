package cn.summerhotline.publicity.content.application;

import cn.summerhotline.platform.idempotency.RepeatableActions;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.publicity.content.model.Content;
import cn.summerhotline.publicity.content.model.Draft;
import cn.summerhotline.publicity.programme.application.FindProjects;
import cn.summerhotline.publicity.programme.application.ProjectAccess;
import cn.summerhotline.publicity.programme.model.Project;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * A project's implementing unit (or the city admin) attaches content and hands it in for review: the
 * {@code publicity.content.submitted.<unit>} event joins the content's own write (its outbox). The unit is the
 * caller's ({@code city} for the city bureau and its departments, whose content starts at the city level); a squad
 * officer's content carries the squad and starts at the squad level.
 */
@Service
public class SubmitContent {

    private static final int ATTEMPTS = 5;

    private final Contents contents;
    private final FindProjects projects;
    private final FindContents find;
    private final RepeatableActions repeatable;
    private final Clock clock;

    SubmitContent(
            Contents contents, FindProjects projects, FindContents find, RepeatableActions repeatable, Clock clock) {
        this.contents = contents;
        this.projects = projects;
        this.find = find;
        this.repeatable = repeatable;
        this.clock = clock;
    }

    public record Created(Content content, boolean replayed) {}

    public Created create(Caller caller, String projectId, Draft draft, boolean submit, String idempotencyKey) {
        var outcome = repeatable.run(
                caller.subject(),
                idempotencyKey,
                "content|" + projectId + "|" + submit + "|" + draft,
                () -> attach(caller, projectId, draft, submit, null),
                Content::id,
                id -> contents.byId(id).orElseThrow(() -> ContentRefusals.notFound(id)));
        return new Created(outcome.result(), outcome.replayed());
    }

    /** A draft drawn from a resolved complaint, linked to its tracking number; never submitted by itself. */
    public Content caseStudy(Caller caller, String projectId, Draft draft, String trackingNumber) {
        return attach(caller, projectId, draft, false, trackingNumber);
    }

    public Content submit(Caller caller, String contentId) {
        return change(caller, contentId, c -> c.submit(caller.subject(), clock.instant()));
    }

    public Content revise(Caller caller, String contentId, Draft draft) {
        return change(caller, contentId, c -> c.revise(draft, clock.instant()));
    }

    private Content attach(Caller caller, String projectId, Draft draft, boolean submit, String trackingNumber) {
        Project project = projects.get(caller, projectId);
        ProjectAccess.requireContributor(caller, project);
        String unit = caller.cityLevel() ? "city" : caller.unit();
        String squad = caller.cityLevel() ? null : caller.squad();
        Content content = Content.draft(
                "c-" + UUID.randomUUID(),
                project.id(),
                project.year(),
                draft,
                unit,
                squad,
                caller.subject(),
                trackingNumber,
                clock.instant());
        if (submit) {
            content.submit(caller.subject(), clock.instant());
        }
        contents.add(content);
        return contents.byId(content.id()).orElseThrow();
    }

    private Content change(Caller caller, String contentId, Consumer<Content> step) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Content content = find.get(caller, contentId);
            ProjectAccess.requireContributor(caller, projects.get(caller, content.projectId()));
            step.accept(content);
            Optional<Content> stored = contents.update(content);
            if (stored.isPresent()) {
                return stored.get();
            }
        }
        throw ContentRefusals.concurrentUpdate(contentId);
    }
}
