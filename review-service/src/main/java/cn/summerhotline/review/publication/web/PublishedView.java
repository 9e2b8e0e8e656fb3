package cn.summerhotline.review.publication.web;

import cn.summerhotline.platform.privacy.PersonalData;
import cn.summerhotline.review.publication.application.ReadPublished;
import cn.summerhotline.review.workflow.model.Content;
import cn.summerhotline.review.workflow.model.ContentKind;
import cn.summerhotline.review.workflow.model.ReviewItem;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Published content as the public reads it: the text with phone and ID numbers masked (reviewers judged the
 * content as submitted; the public never sees personal data), and nothing of the review: no reviewer, no
 * pre-screen, no history, no versions.
 */
@Schema(
        description = "公开的已发布内容,电话和身份证号码已打码;不含审核员、预审和审核记录。Published content for the public, phone"
                + " and ID numbers masked; no reviewers, pre-screen or history.",
        example = """
                {"id": "0b7f4f2e-6a43-4c1e-9a53-0d2a8c6e8f11", "kind": "ARTICLE",
                 "title": "徐汇区开展预防群租安全隐患普法宣传",
                 "body": "7月15日,天平街道中队走进社区讲解群租的安全隐患,咨询电话 139****5678。",
                 "mediaLinks": ["https://media.summerhotline.cn/xuhui/qunzu-1.jpg"],
                 "source": "publicity-service", "unit": "xuhui", "publishedAt": "2021-07-15T10:30:00+08:00"}""")
record PublishedView(
        @Schema(description = "事项编号,举报时使用。The item's id, to report it by.")
        String id,

        ContentKind kind,
        String title,
        String body,
        List<String> mediaLinks,

        @Schema(description = "内容所属的服务或系统。The owning service or system.", example = "publicity-service")
        String source,

        @Schema(description = "发布单位:区代码或 city。The publishing unit.", example = "xuhui")
        String unit,

        @Schema(description = "当前版本首次发布的时间。When the version shown was first published.")
        OffsetDateTime publishedAt) {

    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    static PublishedView of(ReviewItem item) {
        Content content = item.current().content();
        return new PublishedView(
                item.id(),
                content.kind(),
                PersonalData.mask(content.title()),
                PersonalData.mask(content.body()),
                content.mediaLinks(),
                item.source(),
                item.origin().unit(),
                OffsetDateTime.ofInstant(ReadPublished.publishedAt(item), BUSINESS_ZONE));
    }
}
