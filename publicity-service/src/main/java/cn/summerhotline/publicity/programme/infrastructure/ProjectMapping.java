package cn.summerhotline.publicity.programme.infrastructure;

import cn.summerhotline.platform.events.OutgoingEvent;
import cn.summerhotline.platform.events.store.AggregateMapping;
import cn.summerhotline.publicity.programme.model.Project;
import cn.summerhotline.publicity.programme.model.ProjectSnapshot;
import cn.summerhotline.publicity.store.RecordDocuments;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/**
 * A project as the aggregate store keeps it: its snapshot as a document, its events as {@code
 * summerhotline.project.<name>.v1} on {@code project.<name>.<unit>} (schemas {@code
 * contracts/schemas/project-<name>.v1.schema.json}).
 */
final class ProjectMapping implements AggregateMapping<Project> {

    static final String AGGREGATE = "project";

    private final RecordDocuments<ProjectSnapshot> documents;

    ProjectMapping(RecordDocuments<ProjectSnapshot> documents) {
        this.documents = documents;
    }

    @Override
    public Object id(Project project) {
        return project.id();
    }

    @Override
    public long version(Project project) {
        return project.version();
    }

    @Override
    public Document write(Project project) {
        return documents.write(project.snapshot());
    }

    @Override
    public Project read(Document document) {
        return Project.restore(documents.read(document));
    }

    @Override
    public Set<String> fields() {
        return documents.fields();
    }

    @Override
    public List<OutgoingEvent> events(Project project) {
        return project.pendingEvents().stream()
                .map(e -> OutgoingEvent.of(AGGREGATE, e.name(), e.unit(), e.projectId(), e))
                .toList();
    }

    @Override
    public Project stored(Project project, long version) {
        return Project.restore(project.snapshot().withVersion(version));
    }
}
