package cn.summerhotline.review.audit;

import cn.summerhotline.review.screening.model.MatchKind;
import cn.summerhotline.review.screening.model.Screened;
import cn.summerhotline.review.screening.model.ScreeningAction;
import cn.summerhotline.review.screening.model.ScreeningMatch;
import cn.summerhotline.review.workflow.model.Actor;
import cn.summerhotline.review.workflow.model.Content;
import cn.summerhotline.review.workflow.model.ContentKind;
import cn.summerhotline.review.workflow.model.Decision;
import cn.summerhotline.review.workflow.model.Origin;
import cn.summerhotline.review.workflow.model.ReviewItem;
import cn.summerhotline.review.workflow.model.Submission;
import cn.summerhotline.review.workflow.model.TakedownKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Review items with histories at known instants, made as the workflow's model makes them (and then stored at
 * once), so that the audit trail and the statistics can be checked against times worked out by hand.
 */
public final class Histories {

    /** 2025-07-10 08:00 in Shanghai: well inside July 2025, the period the tests ask for. */
    public static final Instant T = Instant.parse("2025-07-10T00:00:00Z");

    public static final Actor BY_OFFICER = new Actor("xuhui-officer", "xuhui", "xuhui-tianping");
    public static final Actor BY_SQUAD = new Actor("xuhui-squad-reviewer", "xuhui", "xuhui-tianping");
    public static final Actor BY_XUHUI_ADMIN = new Actor("xuhui-admin", "xuhui", null);
    public static final Actor BY_DISTRICT = new Actor("xuhui-reviewer", "xuhui", null);
    public static final Actor BY_JIADING_ADMIN = new Actor("jiading-admin", "jiading", null);
    public static final Actor BY_JIADING = new Actor("jiading-reviewer", "jiading", null);
    public static final Actor BY_CITY = new Actor("city-reviewer", "city", null);

    private final ReviewItem item;

    private Histories(ReviewItem item) {
        this.item = item;
    }

    /** Xuhui's Tianping squad hands in an article at {@code at}: it starts at squad level. */
    public static Histories bySquad(String contentId, Instant at) {
        return new Histories(submit(contentId, new Origin("xuhui", "xuhui-tianping"), BY_OFFICER, Screened.CLEAN, at));
    }

    /** A district bureau hands in an article at {@code at}: it starts at district level. */
    public static Histories byDistrict(String contentId, Actor admin, Instant at) {
        return new Histories(submit(contentId, new Origin(admin.unit(), null), admin, Screened.CLEAN, at));
    }

    /** A squad article the pre-screen blocks at once for {@code word}. */
    public static Histories blockedBySquad(String contentId, String word, Instant at) {
        Screened blocked = new Screened(List.of(
                new ScreeningMatch(MatchKind.WORD, word, word, "测试词表", ScreeningAction.BLOCK, 0, word.length())));
        return new Histories(submit(contentId, new Origin("xuhui", "xuhui-tianping"), BY_OFFICER, blocked, at));
    }

    /** The reviewer approves the present version {@code after} the item's last entry. */
    public Histories approve(Actor reviewer, Duration after) {
        item.decide(reviewer, Decision.APPROVE, null, item.current().number(), next(after));
        return this;
    }

    public Histories reject(Actor reviewer, String reason, Duration after) {
        item.decide(reviewer, Decision.REJECT, reason, item.current().number(), next(after));
        return this;
    }

    /** The submitter hands in a new version with the title {@code title}. */
    public Histories revise(String title, Duration after) {
        Submission again = new Submission(
                item.source(),
                item.contentId(),
                null,
                content(title),
                item.origin(),
                new Actor(
                        item.current().submittedBy(),
                        item.origin().unit(),
                        item.origin().squad()),
                null);
        item.revise(again, () -> Screened.CLEAN, next(after));
        return this;
    }

    public Histories takeDown(Actor reviewer, TakedownKind kind, String reason, Duration after) {
        item.takeDown(reviewer, kind, reason, next(after));
        return this;
    }

    /** {@code reports} reports of the public at one instant, then the item is hidden. */
    public Histories reportedAndHidden(int reports, Duration after) {
        Instant at = next(after);
        for (int i = 0; i < reports; i++) {
            item.report("内容不实", at);
        }
        item.hideAfterReports(reports, at);
        return this;
    }

    public Histories restore(Actor reviewer, String reason, Duration after) {
        item.restore(reviewer, reason, next(after));
        return this;
    }

    public ReviewItem item() {
        return item;
    }

    private Instant next(Duration after) {
        return item.history().get(item.history().size() - 1).at().plus(after);
    }

    private static ReviewItem submit(String contentId, Origin origin, Actor by, Screened screened, Instant at) {
        Submission submission = new Submission(
                "publicity-service", contentId, null, content("夏季专项执法行动 " + contentId), origin, by, null);
        return ReviewItem.submit(UUID.randomUUID().toString(), submission, screened, at);
    }

    private static Content content(String title) {
        return new Content(ContentKind.ARTICLE, title, "城管执法队员走进社区，讲解夏季安全。", List.of());
    }
}
