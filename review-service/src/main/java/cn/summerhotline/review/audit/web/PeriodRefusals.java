package cn.summerhotline.review.audit.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The refusals the audit export and the statistics document alike: a bad period (400) and a role (403). */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApiResponse(
        responseCode = "400",
        description = "日期无效,from 不早于 to,或期间超过一年。A date is not an ISO date, from is not before to, or the"
                + " period is longer than a year.",
        content =
                @Content(
                        mediaType = PeriodRefusals.PROBLEM,
                        schema = @Schema(ref = PeriodRefusals.PROBLEM_SCHEMA),
                        examples = @ExampleObject(name = "period", value = PeriodRefusals.INVALID_PERIOD)))
@ApiResponse(
        responseCode = "403",
        description = "仅市局管理员、区局管理员和审核员(中队审核员限本中队)。City and district admins and reviewers only (a"
                + " squad's reviewer for their squad).",
        content = @Content(mediaType = PeriodRefusals.PROBLEM, schema = @Schema(ref = PeriodRefusals.PROBLEM_SCHEMA)))
public @interface PeriodRefusals {

    /**
     * The platform's problem schema, named so that springdoc does not describe the refusals by the operation's own
     * return type.
     */
    String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    String PROBLEM = "application/problem+json";

    String INVALID_PERIOD = """
            {"type": "https://summerhotline.cn/problems/invalid-request", "title": "请求无效", "status": 400,
             "detail": "期间最长一年：from 2025-01-01 至 to 2026-02-01 超过一年。",
             "errors": [{"field": "to", "message": "期间最长一年：from 2025-01-01 至 to 2026-02-01 超过一年。"}]}""";
}
