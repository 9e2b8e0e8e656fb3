package cn.summerhotline.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.review.screening.model.Screened;
import cn.summerhotline.review.workflow.application.ReviewItems;
import cn.summerhotline.review.workflow.model.Actor;
import cn.summerhotline.review.workflow.model.Content;
import cn.summerhotline.review.workflow.model.ContentKind;
import cn.summerhotline.review.workflow.model.Decision;
import cn.summerhotline.review.workflow.model.Origin;
import cn.summerhotline.review.workflow.model.ReviewItem;
import cn.summerhotline.review.workflow.model.Submission;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Review items of Xuhui (the district bureau's own content) stored as the model makes them, without the rounds of
 * HTTP approvals a test of something else has no need for.
 */
public final class StoredItems {

    private StoredItems() {}

    /** A district article, pending at the district level. */
    public static String pending(ReviewItems items, String contentId, String title, String body) {
        ReviewItem item = submitted(contentId, title, body);
        assertThat(items.add(item)).isTrue();
        return item.id();
    }

    /** A district article approved by the district and the city: PUBLISHED. */
    public static String published(ReviewItems items, String contentId, String title, String body) {
        ReviewItem item = submitted(contentId, title, body);
        item.decide(new Actor("xuhui-reviewer", "xuhui", null), Decision.APPROVE, null, 1, Instant.now());
        item.decide(new Actor("city-reviewer", "city", null), Decision.APPROVE, null, 1, Instant.now());
        assertThat(items.add(item)).isTrue();
        return item.id();
    }

    private static ReviewItem submitted(String contentId, String title, String body) {
        Submission submission = new Submission(
                "publicity-service",
                contentId,
                1,
                new Content(ContentKind.ARTICLE, title, body, List.of("https://media.summerhotline.cn/xuhui/1.jpg")),
                new Origin("xuhui", null),
                new Actor("xuhui-admin", "xuhui", null),
                null);
        return ReviewItem.submit(UUID.randomUUID().toString(), submission, Screened.CLEAN, Instant.now());
    }
}
