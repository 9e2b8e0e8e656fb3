package cn.summerhotline.complaint.model;

import java.time.Instant;

/**
 * What a citizen (or the operator, district system or media on their behalf) reports. {@code leader} names the
 * leader who took the call in a leader hotline session; {@code district} may be unknown until an operator
 * triages the case. Build one with {@link #of}: most of its parts are optional, and a row of nulls by position
 * hides which one is which.
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

    /** An intake with what every complaint needs; name the optional parts on the builder. */
    public static Builder of(Category category, Channel channel, String description, String address) {
        return new Builder(category, channel, description, address);
    }

    /** Collects the optional parts; the rules are checked once, on {@link #build()}. */
    public static final class Builder {
        private final Category category;
        private final Channel channel;
        private final String description;
        private final String address;
        private String district;
        private Location location;
        private Reporter reporter;
        private String leader;
        private Instant occurredAt;

        private Builder(Category category, Channel channel, String description, String address) {
            this.category = category;
            this.channel = channel;
            this.description = description;
            this.address = address;
        }

        public Builder district(String district) {
            this.district = district;
            return this;
        }

        public Builder location(Location location) {
            this.location = location;
            return this;
        }

        public Builder reporter(Reporter reporter) {
            this.reporter = reporter;
            return this;
        }

        public Builder leader(String leader) {
            this.leader = leader;
            return this;
        }

        public Builder occurredAt(Instant occurredAt) {
            this.occurredAt = occurredAt;
            return this;
        }

        public Intake build() {
            return new Intake(
                    category, description, channel, district, address, location, reporter, leader, occurredAt);
        }
    }
}
