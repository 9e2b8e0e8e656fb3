package cn.summerhotline.openday.session.model;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A time slot of one venue with a total capacity and, inside it, a quota for each audience. Its figures never
 * change once planned: the registrations' counters are guarded by them (registration/), so a change would need a
 * migration of every place taken, which the open day does not ask for.
 *
 * @param hostUnit the venue's host unit, copied so that a registration's events name it without a venue read
 * @param squad the venue's hosting squad, or null
 */
public record Session(
        String id,
        String venueId,
        int year,
        String hostUnit,
        String squad,
        Instant startsAt,
        Instant endsAt,
        int capacity,
        Map<Audience, Integer> quotas) {

    /** More than the largest hall of the 2021 plan by far; a typo beyond it would be a fake sold-out. */
    public static final int MAX_CAPACITY = 100_000;

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(venueId, "venueId");
        Objects.requireNonNull(hostUnit, "hostUnit");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        EnumMap<Audience, Integer> all = new EnumMap<>(Audience.class);
        for (Audience audience : Audience.values()) {
            all.put(audience, quotas.getOrDefault(audience, 0));
        }
        quotas = Collections.unmodifiableMap(all);
    }

    /** A new session, its figures checked: each quota within the capacity, their sum too. */
    public static Session plan(
            String id,
            String venueId,
            int year,
            String hostUnit,
            String squad,
            Instant startsAt,
            Instant endsAt,
            int capacity,
            Map<Audience, Integer> quotas) {
        if (!endsAt.isAfter(startsAt)) {
            throw new SessionRuleViolation(SessionRuleViolation.Rule.ENDS_BEFORE_START, "endsAt");
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new SessionRuleViolation(SessionRuleViolation.Rule.CAPACITY_RANGE, "capacity", 1, MAX_CAPACITY);
        }
        int sum = 0;
        for (Map.Entry<Audience, Integer> quota : quotas.entrySet()) {
            int places = quota.getValue() == null ? -1 : quota.getValue();
            if (places < 0 || places > capacity) {
                throw new SessionRuleViolation(
                        SessionRuleViolation.Rule.QUOTA_RANGE, "quotas." + quota.getKey(), capacity);
            }
            sum += places;
        }
        if (sum > capacity) {
            throw new SessionRuleViolation(SessionRuleViolation.Rule.QUOTAS_ABOVE_CAPACITY, "quotas", sum, capacity);
        }
        if (sum == 0) {
            throw new SessionRuleViolation(SessionRuleViolation.Rule.NO_PLACES, "quotas");
        }
        return new Session(id, venueId, year, hostUnit, squad, startsAt, endsAt, capacity, quotas);
    }

    public int quota(Audience audience) {
        return quotas.get(audience);
    }
}
