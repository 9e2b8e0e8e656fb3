package cn.summerhotline.complaint.infrastructure;

import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.platform.events.OutgoingEvent;
import cn.summerhotline.platform.events.store.AggregateMapping;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/**
 * The aggregate store's view of a complaint: its document as {@link ComplaintDocuments} spells it out, and its
 * pending events as {@link ComplaintEventMessages} publishes them.
 */
final class ComplaintMapping implements AggregateMapping<Complaint> {

    private static final Set<String> FIELDS = Set.copyOf(ComplaintDocuments.STORED_FIELDS);

    @Override
    public Object id(Complaint complaint) {
        return complaint.id();
    }

    @Override
    public long version(Complaint complaint) {
        return complaint.version();
    }

    @Override
    public Document write(Complaint complaint) {
        return ComplaintDocuments.write(complaint.snapshot());
    }

    @Override
    public Complaint read(Document document) {
        return Complaint.restore(ComplaintDocuments.read(document));
    }

    @Override
    public Set<String> fields() {
        return FIELDS;
    }

    @Override
    public List<OutgoingEvent> events(Complaint complaint) {
        return List.of(ComplaintEventMessages.outgoing(complaint));
    }

    /** Restored from its snapshot, so the complaint handed back holds no pending events any more. */
    @Override
    public Complaint stored(Complaint complaint, long version) {
        return Complaint.restore(complaint.snapshot().withVersion(version));
    }
}
