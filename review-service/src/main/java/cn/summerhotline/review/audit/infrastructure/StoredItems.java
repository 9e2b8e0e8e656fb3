package cn.summerhotline.review.audit.infrastructure;

import cn.summerhotline.review.audit.application.AuditScope;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/**
 * What the audit trail and the statistics ask of the workflow's stored items: the collection, an audit scope's
 * filter and a period's. The field names are the workflow's stored mapping's (workflow.infrastructure
 * .ReviewItemDocuments), which spells them out for these readers.
 */
public final class StoredItems {

    public static final String COLLECTION = "review_items";

    /** Documents a cursor fetches at once: enough to keep the round trips few, few enough to stay small. */
    public static final int BATCH = 500;

    private StoredItems() {}

    /** The scope's items: a unit's, a squad's, or every unit's. */
    public static Document scoped(AuditScope scope) {
        Document match = new Document();
        if (scope.unit() != null) {
            match.append("unit", scope.unit());
        }
        if (scope.squad() != null) {
            match.append("squad", scope.squad());
        }
        return match;
    }

    /** A condition on a date field: within [{@code from}, {@code to}). */
    public static Document period(Instant from, Instant to) {
        return new Document("$gte", Date.from(from)).append("$lt", Date.from(to));
    }
}
