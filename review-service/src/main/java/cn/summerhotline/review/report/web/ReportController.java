package cn.summerhotline.review.report.web;

import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.review.report.application.ReportContent;
import cn.summerhotline.review.report.application.Reporter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public's reports of published content, without an account.
 *
 * <p>A client is the token's subject when the caller sent a valid token, else its address as
 * {@link HttpServletRequest#getRemoteAddr()} has it. The platform's Tomcat believes {@code X-Forwarded-For} only
 * from the trusted proxies ({@code server.tomcat.remoteip.internal-proxies}, {@code SUMMER_TRUSTED_PROXIES}: the
 * gateway), and the gateway replaces whatever a client sent in it (and in {@code Forwarded}) with the address it
 * saw; a client calling the service directly is its connection's address, whatever headers it sends. The headers
 * are never read here: reading them would let any client be as many clients as it likes.
 */
@RestController
@Tag(name = "public-reviews")
class ReportController {

    private static final String DESCRIPTION = "任何人无需登录即可举报已发布的内容,每个客户端对每项内容只计一次(重复举报返回第一次的结果);客户端"
            + "为令牌的 sub(带有效令牌时),否则为经网关转发的客户端地址,只保存其加密散列。已发布以来的举报达到配置的次数(默认 3 次,"
            + "summer.reviews.reports.hide-at)时,内容即被隐藏(状态 HIDDEN,与审核员下架的 TAKEN_DOWN 不同),发出"
            + " review.hidden.<单位> 事件,待市局审核员复核后恢复发布或下架。网关按客户端限流,服务另限每个客户端每小时的举报数。"
            + " Anyone reports published content without an account, once per client and item (a repeat answers the"
            + " first and counts once). The client is the token's subject with a valid token, else its address as the"
            + " gateway forwarded it; only a keyed hash of either is stored. At the configured number of reports since"
            + " publication (3 by default, summer.reviews.reports.hide-at) the content is HIDDEN (not TAKEN_DOWN, a"
            + " reviewer's takedown), with a review.hidden.<unit> event, until a city reviewer restores or takes it"
            + " down. Rate limited per client at the gateway; the service also bounds each client's reports per hour.";

    private final ReportContent reports;

    ReportController(ReportContent reports) {
        this.reports = reports;
    }

    @Operation(
            operationId = "reportPublishedContent",
            summary = "举报已发布内容 Report published content",
            description = DESCRIPTION,
            responses = {
                @ApiResponse(
                        responseCode = "202",
                        description = "举报已记录(或此前已记录)。The report is recorded (or was before).",
                        content = @Content(schema = @Schema(implementation = ReportView.class))),
                @ApiResponse(
                        responseCode = "404",
                        description = "没有该已发布内容:不存在,或未发布、已隐藏、已下架(看起来都一样)。No such published content:"
                                + " unknown, not published, hidden or taken down all look the same."),
                @ApiResponse(
                        responseCode = "409",
                        description = "内容正被频繁修改,请重试(`concurrent-update`)。The item is changing often; try again.")
            })
    @PostMapping(ReportPaths.REPORTS)
    ResponseEntity<ReportView> report(
            Caller caller, HttpServletRequest request, @Valid @RequestBody ReportRequests.ReportBody body) {
        return answer(caller, request, body);
    }

    @Operation(
            operationId = "reportPublishedContentInThePublicNamespace",
            summary = "举报已发布内容(公开路径) Report published content, under the public namespace",
            description = "与 POST " + ReportPaths.REPORTS + " 相同,位于各服务公开接口共用的 /public/ 路径下。The same as POST "
                    + ReportPaths.REPORTS + ", under the /public/ namespace the services' public endpoints share.",
            responses = {
                @ApiResponse(
                        responseCode = "202",
                        description = "举报已记录(或此前已记录)。The report is recorded (or was before).",
                        content = @Content(schema = @Schema(implementation = ReportView.class))),
                @ApiResponse(responseCode = "404", description = "没有该已发布内容。No such published content."),
                @ApiResponse(responseCode = "409", description = "内容正被频繁修改,请重试。The item is changing often.")
            })
    @PostMapping(ReportPaths.PUBLIC_REPORTS)
    ResponseEntity<ReportView> reportInThePublicNamespace(
            Caller caller, HttpServletRequest request, @Valid @RequestBody ReportRequests.ReportBody body) {
        return answer(caller, request, body);
    }

    private ResponseEntity<ReportView> answer(
            Caller caller, HttpServletRequest request, ReportRequests.ReportBody body) {
        Reporter reporter = new Reporter(caller.authenticated() ? caller.subject() : null, request.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(ReportView.of(body.reviewId(), reports.report(body.reviewId(), body.reason(), reporter)));
    }
}
