package cn.summerhotline.openday.plan.application;

import cn.summerhotline.platform.idempotency.RepeatableActions;

/**
 * The plans' own {@link RepeatableActions}: a district system that lost the answer to a submission sends it again
 * with the same {@code Idempotency-Key} and hears the plan, not a 409. Wrapped so that the plans' keys (remembered
 * with {@code planId}) need no bean of the platform's type another feature may declare for its own records.
 */
public record PlanKeys(RepeatableActions actions) {}
