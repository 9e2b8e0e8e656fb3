package cn.summerhotline.review.report.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The public report's body, validated before anything is read or changed. */
final class ReportRequests {

    /** Review items are named by UUIDs: anything else names none, and is bad input rather than unknown. */
    static final String REVIEW_ID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    static final int MAX_REASON = 500;

    private ReportRequests() {}

    @Schema(
            description = "举报已发布的内容:事项编号和理由(不超过 500 字;其中的电话和身份证号码保存时打码)。Report published"
                    + " content: the item's id and why (at most 500 characters; phone and ID numbers in it are stored"
                    + " masked).",
            example = "{\"reviewId\": \"0b7f4f2e-6a43-4c1e-9a53-0d2a8c6e8f11\", \"reason\": \"内容与事实不符\"}")
    record ReportBody(
            @Schema(description = "事项编号(公开阅读时的 id)。The item's id, as the public read shows it.")
            @NotBlank
            @Pattern(regexp = REVIEW_ID)
            String reviewId,

            @Schema(description = "举报理由。Why it is reported.", example = "内容与事实不符") @NotBlank @Size(max = MAX_REASON)
            String reason) {}
}
