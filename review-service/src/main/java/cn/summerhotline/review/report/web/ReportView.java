package cn.summerhotline.review.report.web;

import cn.summerhotline.review.workflow.model.Report;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * What a reporter hears back: that the report is recorded, and when it first was. The same for a repeat, and
 * nothing of the count or of what the reports did (that would tell a client how many more it takes).
 */
@Schema(
        description =
                "举报已收到;重复举报返回第一次的结果,只计一次。The report is recorded; a repeat answers the first and" + " counts once.",
        example = "{\"reviewId\": \"0b7f4f2e-6a43-4c1e-9a53-0d2a8c6e8f11\", \"reportedAt\":"
                + " \"2021-07-16T09:12:00+08:00\"}")
record ReportView(
        String reviewId,

        @Schema(description = "该客户端第一次举报此内容的时间。When this client first reported it.")
        OffsetDateTime reportedAt) {

    static ReportView of(String reviewId, Report report) {
        return new ReportView(reviewId, OffsetDateTime.ofInstant(report.at(), ZoneId.of("Asia/Shanghai")));
    }
}
