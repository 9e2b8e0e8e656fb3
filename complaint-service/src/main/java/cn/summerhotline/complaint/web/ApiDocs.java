package cn.summerhotline.complaint.web;

/** Texts the OpenAPI annotations of several controllers share. */
final class ApiDocs {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IDEMPOTENCY_KEY_DESCRIPTION =
            "幂等键(每个调用方各自保存):同一键和同一请求体重复提交时返回相同结果,并带 `Idempotent-Replayed: true`。"
                    + " Kept per caller: the same key and body answer the same result with"
                    + " `Idempotent-Replayed: true`; the same key with another body answers 422.";
    static final String REPLAYED_DESCRIPTION =
            "是否为同一幂等键的重放。`true` when the answer repeats an earlier request with the same Idempotency-Key.";
    static final String KEY_REUSED =
            "同一幂等键用于不同的请求体(`idempotency-key-reused`)。The Idempotency-Key was used before with another" + " body.";
    static final String CONFLICT = "当前状态不允许此步骤(`invalid-transition`、`reply-required`、`merged-case`、"
            + "`invalid-merge`),`state` 为当前状态,`action` 为被拒绝的步骤。The complaint's state does not allow the"
            + " step; `state` is the current status, `action` the refused step.";
    static final String JSON = "application/json";

    private ApiDocs() {}
}
