package cn.summerhotline.publicity.content.infrastructure;

import cn.summerhotline.platform.events.OutgoingEvent;
import cn.summerhotline.platform.events.store.AggregateMapping;
import cn.summerhotline.publicity.content.model.Content;
import cn.summerhotline.publicity.content.model.ContentSnapshot;
import cn.summerhotline.publicity.store.RecordDocuments;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/**
 * Content as the aggregate store keeps it. Its events leave as {@code summerhotline.publicity.content.<name>.v1} on
 * {@code publicity.content.<name>.<unit>}: {@code submitted} is the shared content-submission contract
 * review-service consumes ({@code contracts/schemas/publicity-content-submitted.v1.schema.json}); {@code published}
 * and {@code takendown} are this service's own.
 */
final class ContentMapping implements AggregateMapping<Content> {

    static final String AGGREGATE = "publicity.content";

    private final RecordDocuments<ContentSnapshot> documents;

    ContentMapping(RecordDocuments<ContentSnapshot> documents) {
        this.documents = documents;
    }

    @Override
    public Object id(Content content) {
        return content.id();
    }

    @Override
    public long version(Content content) {
        return content.version();
    }

    @Override
    public Document write(Content content) {
        return documents.write(content.snapshot());
    }

    @Override
    public Content read(Document document) {
        return Content.restore(documents.read(document));
    }

    @Override
    public Set<String> fields() {
        return documents.fields();
    }

    @Override
    public List<OutgoingEvent> events(Content content) {
        return content.pendingEvents().stream()
                .map(e -> OutgoingEvent.of(AGGREGATE, e.name(), e.unit(), e.contentId(), e))
                .toList();
    }

    @Override
    public Content stored(Content content, long version) {
        return Content.restore(content.snapshot().withVersion(version));
    }
}
