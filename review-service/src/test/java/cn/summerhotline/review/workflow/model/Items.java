package cn.summerhotline.review.workflow.model;

import cn.summerhotline.review.screening.model.MatchKind;
import cn.summerhotline.review.screening.model.Screened;
import cn.summerhotline.review.screening.model.ScreeningAction;
import cn.summerhotline.review.screening.model.ScreeningMatch;
import java.time.Instant;
import java.util.List;

/** Fixtures of the review model: content, submissions and reviewers of Xuhui's Tianping squad and elsewhere. */
public final class Items {

    public static final Instant T0 = Instant.parse("2021-07-12T01:00:00Z");

    public static final Actor OFFICER = new Actor("xuhui-officer", "xuhui", "xuhui-tianping");
    public static final Actor SQUAD_REVIEWER = new Actor("xuhui-squad-reviewer", "xuhui", "xuhui-tianping");
    public static final Actor OTHER_SQUAD_REVIEWER = new Actor("xuhui-lingyun-reviewer", "xuhui", "xuhui-lingyun");
    public static final Actor JIADING_SQUAD_REVIEWER = new Actor("jiading-squad-reviewer", "jiading", "jiading-anting");
    public static final Actor DISTRICT_REVIEWER = new Actor("xuhui-reviewer", "xuhui", null);
    public static final Actor JIADING_REVIEWER = new Actor("jiading-reviewer", "jiading", null);
    public static final Actor CITY_REVIEWER = new Actor("city-reviewer", "city", null);

    private Items() {}

    public static Content content(String title) {
        return new Content(ContentKind.ARTICLE, title, "徐汇区城管执法局开展夏季专项执法行动。", List.of("https://media.example/1.jpg"));
    }

    public static Submission bySquad(String title) {
        return new Submission(
                "publicity-service",
                "article-1",
                null,
                content(title),
                new Origin("xuhui", "xuhui-tianping"),
                OFFICER,
                null);
    }

    public static Submission version(Submission s, int number, String title, String event) {
        return new Submission(s.source(), s.contentId(), number, content(title), s.origin(), s.submitter(), event);
    }

    public static ReviewItem pendingAtSquad() {
        return ReviewItem.submit("r-1", bySquad("夏季专项执法行动"), Screened.CLEAN, T0);
    }

    /** An item approved up to {@code level} (a pending one), or PUBLISHED when {@code level} is null. */
    public static ReviewItem approvedUpTo(ReviewLevel level) {
        ReviewItem item = pendingAtSquad();
        Actor[] chain = {SQUAD_REVIEWER, DISTRICT_REVIEWER, CITY_REVIEWER};
        for (int i = 0; i < chain.length && item.level() != level; i++) {
            item.decide(chain[i], Decision.APPROVE, null, 1, T0.plusSeconds(60L * (i + 1)));
        }
        return item;
    }

    public static ReviewItem published() {
        return approvedUpTo(null);
    }

    public static Screened blockingWord(String word, int start) {
        return new Screened(List.of(new ScreeningMatch(
                MatchKind.WORD, word, word, "内部信息", ScreeningAction.BLOCK, start, start + word.length())));
    }

    public static Screened flaggingPhone(String phone, int start) {
        return new Screened(List.of(new ScreeningMatch(
                MatchKind.MOBILE_NUMBER,
                phone,
                null,
                "MOBILE_NUMBER",
                ScreeningAction.FLAG,
                start,
                start + phone.length())));
    }
}
