package cn.summerhotline.review.audit.application;

import java.time.Instant;
import java.util.function.Consumer;

/** The review items' histories, read across items. */
public interface AuditTrail {

    /**
     * Hands every history entry of the scope's items made in [{@code from}, {@code to}) to {@code each}, oldest
     * first (an item's entries of one instant in their order), one at a time as they are read.
     */
    void entries(AuditScope scope, Instant from, Instant to, Consumer<AuditEntry> each);
}
