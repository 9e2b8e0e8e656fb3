package cn.summerhotline.review.workflow.web;

import cn.summerhotline.review.screening.model.MatchKind;
import cn.summerhotline.review.screening.model.ScreeningAction;
import cn.summerhotline.review.screening.model.ScreeningMatch;
import cn.summerhotline.review.workflow.application.ReviewDeadlines;
import cn.summerhotline.review.workflow.application.ReviewPage;
import cn.summerhotline.review.workflow.model.Content;
import cn.summerhotline.review.workflow.model.ContentKind;
import cn.summerhotline.review.workflow.model.ContentPart;
import cn.summerhotline.review.workflow.model.ContentVersion;
import cn.summerhotline.review.workflow.model.HistoryEntry;
import cn.summerhotline.review.workflow.model.ReviewItem;
import cn.summerhotline.review.workflow.model.ReviewLevel;
import cn.summerhotline.review.workflow.model.ReviewStatus;
import cn.summerhotline.review.workflow.model.Step;
import cn.summerhotline.review.workflow.model.TakedownKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The parts of what reviewers and submitters see: a queue entry, the queue's page, the pre-screen's matches
 * where they stand, the versions and the history. Reviewers see the content as it was submitted: judging it is
 * their task, phone numbers included (the pre-screen flags them).
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
                    current.submittedBy(),
                    time(current.submittedAt()));
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

    @Schema(
            description =
                    "预审的一处发现。start/end 为在标题或正文(part)中的位置(UTF-16 码元,end 不含);textStart/textEnd 为在预审文本"
                            + "(标题、换行、正文)中的位置。One finding: start/end within the title or the body (part), in UTF-16"
                            + " code units, end exclusive; textStart/textEnd within the screened text (title, a line break, body).")
    record ReviewMatch(
            MatchKind kind,
            ScreeningAction action,
            String found,
            @Schema(types = {"string", "null"}) String word,
            @Schema(types = {"string", "null"}) String tag,
            ContentPart part,
            int start,
            int end,
            int textStart,
            int textEnd) {

        static ReviewMatch of(ScreeningMatch m, Content content) {
            Content.Place place = content.place(m.start(), m.end());
            return new ReviewMatch(
                    m.kind(),
                    m.action(),
                    m.found(),
                    m.word(),
                    m.tag(),
                    place.part(),
                    place.start(),
                    place.end(),
                    m.start(),
                    m.end());
        }
    }

    @Schema(description = "当前版本的预审结果。The pre-screen's verdict on the latest version.")
    record ReviewScreening(boolean blocked, int flags, List<ReviewMatch> matches) {

        static ReviewScreening of(ContentVersion version) {
            List<ReviewMatch> matches = version.screened().matches().stream()
                    .map(m -> ReviewMatch.of(m, version.content()))
                    .toList();
            int flags = (int) matches.stream()
                    .filter(m -> m.action() == ScreeningAction.FLAG)
                    .count();
            return new ReviewScreening(version.screened().blocked(), flags, matches);
        }
    }

    @Schema(description = "内容的一个版本,全部保留。One version of the content; every version is kept.")
    record ReviewVersion(
            int number,
            ContentKind kind,
            String title,
            String body,
            List<String> mediaLinks,
            String submittedBy,
            OffsetDateTime submittedAt,
            ReviewScreening screening) {

        static ReviewVersion of(ContentVersion v) {
            return new ReviewVersion(
                    v.number(),
                    v.content().kind(),
                    v.content().title(),
                    v.content().body(),
                    v.content().mediaLinks(),
                    v.submittedBy(),
                    time(v.submittedAt()),
                    ReviewScreening.of(v));
        }
    }

    @Schema(description = "审计记录的一条,只增不改。One entry of the audit trail, never changed.")
    record ReviewHistoryEntry(
            OffsetDateTime at,
            Step step,

            @Schema(description = "此后的状态。The status after it.")
            ReviewStatus status,

            @Schema(description = "发生的层级。The level it happened at.")
            ReviewLevel level,

            int contentVersion,

            @Schema(description = "操作人;system 为系统,public 为公众。Who: system for the service, public for reports.")
            String actor,

            @Schema(types = {"string", "null"}) String unit,
            @Schema(types = {"string", "null"}) String reason,
            @Schema(types = {"string", "null"}) TakedownKind takedownKind) {

        static ReviewHistoryEntry of(HistoryEntry e) {
            return new ReviewHistoryEntry(
                    time(e.at()),
                    e.step(),
                    e.status(),
                    e.level(),
                    e.contentVersion(),
                    e.actor(),
                    e.unit(),
                    e.reason(),
                    e.takedownKind());
        }
    }
}
