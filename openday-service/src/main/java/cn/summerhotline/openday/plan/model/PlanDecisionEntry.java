package cn.summerhotline.openday.plan.model;

import java.time.Instant;

/**
 * A decision the office took on one version, kept in the plan's history.
 *
 * @param version the version decided on
 * @param decision accept or return
 * @param comment the office's comment (required to return)
 * @param decidedBy the token subject of who decided
 * @param decidedAt when
 */
public record PlanDecisionEntry(
        int version, PlanDecision decision, String comment, String decidedBy, Instant decidedAt) {

    public static final int MAX_COMMENT = 2_000;
}
