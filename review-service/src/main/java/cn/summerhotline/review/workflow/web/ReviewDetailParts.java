package cn.summerhotline.review.workflow.web;

import static cn.summerhotline.review.workflow.web.ReviewViews.time;

import cn.summerhotline.review.screening.model.MatchKind;
import cn.summerhotline.review.screening.model.ScreeningAction;
import cn.summerhotline.review.screening.model.ScreeningMatch;
import cn.summerhotline.review.workflow.model.Content;
import cn.summerhotline.review.workflow.model.ContentKind;
import cn.summerhotline.review.workflow.model.ContentPart;
import cn.summerhotline.review.workflow.model.ContentVersion;
import cn.summerhotline.review.workflow.model.HistoryEntry;
import cn.summerhotline.review.workflow.model.ReviewLevel;
import cn.summerhotline.review.workflow.model.ReviewStatus;
import cn.summerhotline.review.workflow.model.Step;
import cn.summerhotline.review.workflow.model.TakedownKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The parts of an item in full, beyond its queue entry: the pre-screen's matches where they stand, the versions
 * and the history. Reviewers see the content as it was submitted: judging it is their task, phone numbers
 * included (the pre-screen flags them).
 */
final class ReviewDetailParts {

    private ReviewDetailParts() {}

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
