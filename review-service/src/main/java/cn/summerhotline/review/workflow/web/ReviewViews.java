package cn.summerhotline.review.workflow.web;

import cn.summerhotline.review.workflow.application.ReviewDeadlines;
import cn.summerhotline.review.workflow.application.ReviewPage;
import cn.summerhotline.review.workflow.model.ContentKind;
import cn.summerhotline.review.workflow.model.ContentVersion;
import cn.summerhotline.review.workflow.model.HiddenCause;
import cn.summerhotline.review.workflow.model.HistoryEntry;
import cn.summerhotline.review.workflow.model.ReviewItem;
import cn.summerhotline.review.workflow.model.ReviewLevel;
import cn.summerhotline.review.workflow.model.ReviewStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The parts of what reviewers and submitters see in a queue: an entry, with its age and its level's deadline,
 * and the queue's page. The parts of an item in full are {@link ReviewDetailParts}.
 */
final class ReviewViews {

    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    private ReviewViews() {}

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, BUSINESS_ZONE);
    }

    @Schema(description = "队列中的一项。One entry of a queue.")
    record ReviewSummary(
            String id,
            String source,
            String contentId,

            @Schema(description = "当前内容版本。The latest content version.")
            int version,

            ContentKind kind,
            String title,
            String unit,
            @Schema(types = {"string", "null"}) String squad,
            ReviewStatus status,

            @Schema(description = "待审核时所在层级;其他状态为最后到达的层级。The level a pending item waits at; else the last it reached.")
            ReviewLevel level,

            @Schema(description = "进入当前层级的时间。When it entered its level.")
            OffsetDateTime levelSince,

            @Schema(
                    types = {"string", "null"},
                    format = "duration",
                    description = "在当前层级已等待的时长(待审核时)。How long it has waited at its level, while pending.",
                    example = "PT5H30M")
            String age,

            @Schema(format = "duration", description = "本层级的审核时限。The level's deadline.", example = "PT24H")
            String deadline,

            @Schema(
                    types = {"string", "null"},
                    format = "date-time",
                    description = "本层级的截止时间。When the level's time runs out.")
            OffsetDateTime dueAt,

            @Schema(description = "是否已超时。Whether it is past its level's deadline.")
            boolean overdue,

            @Schema(description = "预审提示的处数。How many FLAG matches the pre-screen found.")
            int flags,

            @Schema(description = "已发布以来收到的举报数。Public reports received since it was last published.")
            int reports,

            @Schema(
                    types = {"object", "null"},
                    description = "隐藏待市局复核时:原因、时间和说明;否则为 null。While hidden pending the city bureau's"
                            + " re-review: why, since when, and the system's note; null otherwise.")
            Rereview rereview,

            String submittedBy,
            OffsetDateTime submittedAt) {

        static ReviewSummary of(ReviewItem item, ReviewDeadlines deadlines, Instant now) {
            ContentVersion current = item.current();
            boolean pending = item.status() == ReviewStatus.PENDING;
            return new ReviewSummary(
                    item.id(),
                    item.source(),
                    item.contentId(),
                    current.number(),
                    current.content().kind(),
                    current.content().title(),
                    item.origin().unit(),
                    item.origin().squad(),
                    item.status(),
                    item.level(),
                    time(item.levelSince()),
                    pending ? Duration.between(item.levelSince(), now).toString() : null,
                    deadlines.of(item.level()).toString(),
                    time(deadlines.dueAt(item)),
                    deadlines.overdue(item, now),
                    (int) current.screened().matches().stream()
                            .filter(m -> !m.blocks())
                            .count(),
                    item.reportsSincePublished(),
                    item.hiding().map(Rereview::of).orElse(null),
                    current.submittedBy(),
                    time(current.submittedAt()));
        }
    }

    @Schema(
            description = "隐藏待市局复核:因举报(REPORTS)或因新增拦截词命中(SCREENING);市局审核员恢复发布或下架。Hidden"
                    + " pending the city bureau's re-review, after reports (REPORTS) or because a new block word matches"
                    + " (SCREENING); a city reviewer restores or takes it down.")
    record Rereview(HiddenCause cause, OffsetDateTime since, String reason) {

        static Rereview of(HistoryEntry hiding) {
            return new Rereview(HiddenCause.of(hiding.step()), time(hiding.at()), hiding.reason());
        }
    }

    @Schema(description = "一页列表,超时件数按整个列表统计。One page; overdueCount counts the whole list.")
    record ReviewQueue(List<ReviewSummary> items, int page, int size, long total, long overdueCount) {

        static ReviewQueue of(ReviewPage page, ReviewDeadlines deadlines, Instant now) {
            return new ReviewQueue(
                    page.items().stream()
                            .map(item -> ReviewSummary.of(item, deadlines, now))
                            .toList(),
                    page.page(),
                    page.size(),
                    page.total(),
                    page.overdueCount());
        }
    }
}
