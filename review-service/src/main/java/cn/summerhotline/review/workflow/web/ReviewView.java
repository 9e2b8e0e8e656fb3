package cn.summerhotline.review.workflow.web;

import cn.summerhotline.review.workflow.application.ReviewDeadlines;
import cn.summerhotline.review.workflow.model.ContentVersion;
import cn.summerhotline.review.workflow.model.ReviewItem;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * One review item in full: where it stands (the queue entry's fields, unwrapped), the latest content with the pre-screen's matches
 * where they stand, every version, and the history.
 */
@Schema(description = "审核事项详情。A review item in full.")
record ReviewView(
        @JsonUnwrapped ReviewViews.ReviewSummary item,

        @Schema(description = "当前版本的正文。The latest version's body.")
        String body,

        List<String> mediaLinks,

        @Schema(description = "当前版本的预审结果,含位置。The pre-screen's matches on the latest version, where they stand.")
        ReviewDetailParts.ReviewScreening screening,

        @Schema(description = "全部版本,最早的在前。Every version, oldest first.")
        List<ReviewDetailParts.ReviewVersion> versions,

        @Schema(description = "审计记录,最早的在前。The history, oldest first.")
        List<ReviewDetailParts.ReviewHistoryEntry> history) {

    static ReviewView of(ReviewItem item, ReviewDeadlines deadlines, Instant now) {
        ContentVersion current = item.current();
        return new ReviewView(
                ReviewViews.ReviewSummary.of(item, deadlines, now),
                current.content().body(),
                current.content().mediaLinks(),
                ReviewDetailParts.ReviewScreening.of(current),
                item.versions().stream()
                        .map(ReviewDetailParts.ReviewVersion::of)
                        .toList(),
                item.history().stream()
                        .map(ReviewDetailParts.ReviewHistoryEntry::of)
                        .toList());
    }
}
