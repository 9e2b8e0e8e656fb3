package cn.summerhotline.review.audit.application;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of an item's history, as the export lists it: when, which item (and which of its versions), what was
 * done at which level, by whom, why. Codes stay codes here (the step, level and status as stored), so that the
 * steps and kinds the workflow adds later reach the export without a change to it; the export names them for
 * people.
 *
 * @param title the title of the version concerned
 * @param unit the item's unit (where the content comes from), {@code squad} its squad
 * @param actor who: a token's subject, {@code system} for the service's own steps, {@code public} for reports
 * @param actorUnit the unit the actor acted for
 * @param status the item's status after the entry
 * @param kinds the entry's kinds by their stored field, e.g. {@code takedownKind → PUBLIC_OPINION}
 */
public record AuditEntry(
        Instant at,
        String reviewId,
        String source,
        String contentId,
        String title,
        int contentVersion,
        String step,
        String level,
        String unit,
        String squad,
        String actor,
        String actorUnit,
        String status,
        String reason,
        Map<String, String> kinds) {

    public AuditEntry {
        kinds = Map.copyOf(kinds);
    }
}
