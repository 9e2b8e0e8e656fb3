package cn.summerhotline.review.workflow.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An item's audit trail, oldest first: appended to, never rewritten. What the item's reports and hiding are
 * reckoned from is read here, so that they follow from what happened rather than from counters kept beside it.
 */
public record History(List<HistoryEntry> entries) {

    static final History NONE = new History(List.of());

    public History {
        entries = List.copyOf(entries);
    }

    History with(HistoryEntry entry) {
        List<HistoryEntry> longer = new ArrayList<>(entries);
        longer.add(entry);
        return new History(longer);
    }

    /**
     * The reports received since the item was last published (by the city bureau's approval or a restore): a
     * restore after a re-review starts the count again, so earlier reports do not hide it again at once.
     */
    public int reportsSincePublished() {
        int count = 0;
        ReviewStatus before = null;
        for (HistoryEntry entry : entries) {
            if (entry.status() == ReviewStatus.PUBLISHED && before != ReviewStatus.PUBLISHED) {
                count = 0;
            }
            if (entry.step() == Step.REPORTED) {
                count++;
            }
            before = entry.status();
        }
        return count;
    }

    /** The latest entry that hid the item (after reports or a new block word), if one did. */
    Optional<HistoryEntry> lastHiding() {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (HiddenCause.of(entries.get(i).step()) != null) {
                return Optional.of(entries.get(i));
            }
        }
        return Optional.empty();
    }
}
