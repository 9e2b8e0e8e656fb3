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
