package cn.summerhotline.publicity.content.web;

import cn.summerhotline.platform.organisation.Unit;
import cn.summerhotline.publicity.content.model.Content;
import cn.summerhotline.publicity.content.model.ContentKind;
import cn.summerhotline.publicity.content.model.ContentSnapshot;
import cn.summerhotline.publicity.content.model.ContentStatus;
import cn.summerhotline.publicity.content.model.ReviewLevel;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** Content as staff and as the public read it. */
final class ContentViews {

    private ContentViews() {}

    @Schema(description = "项目内容(工作人员视图)。A project's content, as staff see it.")
    record ContentView(
            @Schema(example = "c-6f1c2a9e-8d1b-4c55-a1f0-0c1e2d3f4a5b")
            String id,

            @Schema(example = "p2021-04") String projectId,
            @Schema(example = "2021") int year,
            ContentKind kind,
            @Schema(example = "徐汇城管开展预防群租安全隐患巡回宣讲") String title,
            String body,
            List<String> mediaLinks,
            @Schema(example = "xuhui") String unit,
            @Schema(types = {"string", "null"}) String squad,
            @Schema(example = "xuhui-admin") String submitter,
            ContentStatus status,

            @Schema(
                    types = {"string", "null"},
                    description = "审核中的层级。The level it waits at.")
            ReviewLevel level,

            @Schema(
                    types = {"string", "null"},
                    description = "未通过或下架的理由。Why it was rejected or taken down.")
            String reason,

            @Schema(
                    types = {"string", "null"},
                    description = "典型案例所出自投诉的受理编号。The complaint's tracking number.")
            String caseTrackingNumber,

            @Schema(description = "送审的版本号。The version handed in.")
            int contentVersion,

            Instant createdAt,

            @Schema(
                    types = {"string", "null"},
                    format = "date-time")
            Instant submittedAt,

            @Schema(
                    types = {"string", "null"},
                    format = "date-time")
            Instant publishedAt) {

        static ContentView of(Content content) {
            ContentSnapshot s = content.snapshot();
            return new ContentView(
                    s.id(),
                    s.projectId(),
                    s.year(),
                    s.draft().kind(),
                    s.draft().title(),
                    s.draft().body(),
                    s.draft().mediaLinks(),
                    s.unit(),
                    s.squad(),
                    s.submitter(),
                    s.status(),
                    s.level(),
                    s.reason(),
                    s.caseTrackingNumber(),
                    s.contentVersion(),
                    s.createdAt(),
                    s.submittedAt(),
                    s.publishedAt());
        }
    }

    @Schema(description = "已发布的内容(公众视图)。Published content, as the public reads it.")
    record PublicContentView(
            @Schema(example = "c-6f1c2a9e-8d1b-4c55-a1f0-0c1e2d3f4a5b")
            String id,

            @Schema(example = "p2021-04") String projectId,
            ContentKind kind,
            String title,
            String body,
            List<String> mediaLinks,
            @Schema(example = "xuhui") String unit,
            @Schema(example = "徐汇区") String unitName,
            Instant publishedAt) {

        static PublicContentView of(Content content) {
            ContentSnapshot s = content.snapshot();
            String name = Unit.ofCode(s.unit()).map(u -> u.label().zh()).orElse(s.unit());
            return new PublicContentView(
                    s.id(),
                    s.projectId(),
                    s.draft().kind(),
                    s.draft().title(),
                    s.draft().body(),
                    s.draft().mediaLinks(),
                    s.unit(),
                    name,
                    s.publishedAt());
        }
    }

    @Schema(description = "一页已发布内容。A page of published content.")
    record PublicPage(List<PublicContentView> items, int page, int size, long total) {}
}
