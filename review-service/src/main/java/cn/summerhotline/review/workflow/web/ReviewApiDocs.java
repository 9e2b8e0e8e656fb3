package cn.summerhotline.review.workflow.web;

/** Texts the OpenAPI annotations of the review controllers share. */
final class ReviewApiDocs {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IDEMPOTENCY_KEY_DESCRIPTION =
            "幂等键(每个调用方各自保存):同一键和同一请求体重复提交时返回第一次的结果,并带 `Idempotent-Replayed: true`;同一键用于"
                    + "不同请求体返回 422。Kept per caller: the same key and body answer the first result with"
                    + " `Idempotent-Replayed: true`; the same key with another body answers 422.";
    static final String REPLAYED_DESCRIPTION =
            "是否为同一幂等键的重放。`true` when the answer repeats an earlier request with the same Idempotency-Key.";
    static final String KEY_REUSED =
            "同一幂等键用于不同的请求体(`idempotency-key-reused`)。The Idempotency-Key was used before with another body.";
    static final String DECISION_CONFLICT = "事项已不在您的层级(`other-level`:已进入下一级或尚未到达,`level` 为其所在层级),"
            + "所审核的版本已被更新(`stale-version`,`currentVersion`),或当前状态不允许(`review-not-allowed`,`state`、`step`);"
            + "并发修改(`concurrent-update`)。The item waits at another level (`other-level`: it moved on or has not come"
            + " yet; `level` says where), the version decided on is not the latest (`stale-version`,"
            + " `currentVersion`), or its state does not allow the step (`review-not-allowed`, `state`, `step`).";
    static final String STATE_CONFLICT = "当前状态不允许此操作(`review-not-allowed`,`state` 为当前状态,`step` 为被拒绝的操作);"
            + "并发修改(`concurrent-update`)。The item's state does not allow the step (`review-not-allowed`; `state`, `step`).";
    static final String REVIEWER_ONLY = "仅审核员(REVIEWER)。Reviewers only (REVIEWER).";
    static final String JSON = "application/json";

    private ReviewApiDocs() {}
}
