package cn.summerhotline.complaint.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Duplicates of one matter are handled once: a case is either merged into a primary ({@code mergedInto}), whose
 * handling and answer it follows, or a primary with the cases merged into it ({@code mergedCases}), never both,
 * so that one answer reaches every citizen in one step.
 */
public record Merge(String mergedInto, List<String> mergedCases) {

    public static final Merge NONE = new Merge(null, List.of());

    public Merge {
        mergedCases = mergedCases == null ? List.of() : List.copyOf(mergedCases);
    }

    public boolean merged() {
        return mergedInto != null;
    }

    public boolean isMergedInto(String primaryId) {
        return primaryId.equals(mergedInto);
    }

    /**
     * Refuses merging {@code duplicate} into {@code primary}, as the conflict a caller sees (409). The primary's
     * own merge is checked before the transition table, as ever: a closed case merged into a merged one hears
     * about the latter. A case merged itself hears that first, from the table.
     */
    static void requireMergeable(Complaint duplicate, Complaint primary) {
        if (primary.id().equals(duplicate.id())) {
            throw LifecycleConflict.mergedIntoItself(duplicate.status());
        }
        Merge merge = duplicate.merge();
        if (!merge.merged() && primary.merge().merged()) {
            throw LifecycleConflict.primaryMerged(primary.status(), primary.trackingNumber());
        }
        Step.MERGED_INTO.requireAllowed(duplicate.status(), merge.mergedInto());
        if (!merge.mergedCases().isEmpty()) {
            throw LifecycleConflict.hasMergedCases(duplicate.status(), duplicate.trackingNumber());
        }
    }

    Merge into(String primaryId) {
        return new Merge(primaryId, mergedCases);
    }

    /** With {@code duplicateId} among the merged cases; absorbing it again changes nothing. */
    Merge absorbing(String duplicateId) {
        if (mergedCases.contains(duplicateId)) {
            return this;
        }
        List<String> cases = new ArrayList<>(mergedCases);
        cases.add(duplicateId);
        return new Merge(mergedInto, cases);
    }
}
