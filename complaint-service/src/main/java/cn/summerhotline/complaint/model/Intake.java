package cn.summerhotline.complaint.model;

import java.time.Instant;

/**
 * What a citizen (or the operator, district system or media on their behalf) reports. {@code leader} names the
 * leader who took the call in a leader hotline session; {@code district} may be unknown until an operator
 * triages the case.
 */
public record Intake(
        Category category,
        String description,
        Channel channel,
        String district,
        String address,
        Location location,
        Reporter reporter,
        String leader,
        Instant occurredAt) {

    public Intake {
        if (category == null) {
            throw new ComplaintRuleViolation("category", "a complaint needs a category");
        }
        if (channel == null) {
            throw new ComplaintRuleViolation("channel", "a complaint needs a channel");
        }
        if (description == null || description.isBlank()) {
            throw new ComplaintRuleViolation("description", "a complaint needs a description");
        }
        if (address == null || address.isBlank()) {
            throw new ComplaintRuleViolation("address", "a complaint needs an address");
        }
        if (district != null && !District.isKnown(district)) {
            throw new ComplaintRuleViolation("district", "unknown district '" + district + "'");
        }
        if (channel == Channel.LEADER_HOTLINE && (leader == null || leader.isBlank())) {
            throw new ComplaintRuleViolation("leader", "a leader hotline case names the leader who took the call");
        }
        reporter = reporter == null ? Reporter.ANONYMOUS : reporter;
        FreeText.requireClean("description", description);
        FreeText.requireClean("address", address);
        FreeText.requireClean("leader", leader);
        FreeText.requireClean("reporter.name", reporter.name());
        FreeText.requireClean("reporter.phone", reporter.phone());
    }
}
