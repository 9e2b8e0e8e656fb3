package cn.summerhotline.review.publication.application;

import cn.summerhotline.review.screening.application.Screening;
import cn.summerhotline.review.screening.model.MatchKind;
import cn.summerhotline.review.screening.model.ScreeningMatch;
import cn.summerhotline.review.workflow.application.ReviewItems;
import cn.summerhotline.review.workflow.model.ReviewItem;
import cn.summerhotline.review.workflow.model.ReviewStatus;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Watches what is out there (事中加强监督): when the city bureau adds BLOCK words, every published item is screened
 * again, a page at a time, and those the new words match are hidden at once pending the city bureau's re-review.
 *
 * <p>Why hidden and not only flagged: a BLOCK word is the bureau saying that content holding it must not be out
 * there; new content with it is rejected before any reviewer sees it, and published content with it would stay in
 * front of the public until a reviewer got to the queue. Hiding is the bureau's instant, reversible answer: the
 * city reviewer's re-review restores the item (a word too broad for this text) or takes it down, as after reports.
 * Only the words just added count: a restored item that still holds an older word was judged already.
 */
@Component
public class RescreenPublished {

    static final int PAGE = 100;
    private static final int ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(RescreenPublished.class);

    private final ReviewItems items;
    private final Screening screening;
    private final Clock clock;

    public RescreenPublished(ReviewItems items, Screening screening, Clock clock) {
        this.items = items;
        this.screening = screening;
        this.clock = clock;
    }

    /** Screens every published item again for the new BLOCK words; answers how many it hid. */
    public int rescreen(Collection<String> blockWords) {
        Set<String> added = Set.copyOf(blockWords);
        int screened = 0;
        int hidden = 0;
        String after = null;
        for (List<ReviewItem> page = items.inStatus(ReviewStatus.PUBLISHED, null, PAGE);
                !page.isEmpty();
                page = items.inStatus(ReviewStatus.PUBLISHED, after, PAGE)) {
            for (ReviewItem item : page) {
                screened++;
                if (hideIfMatching(item, added)) {
                    hidden++;
                }
            }
            after = page.get(page.size() - 1).id();
        }
        log.info("Re-screened {} published items for {} new block words: {} hidden", screened, added.size(), hidden);
        return hidden;
    }

    private boolean hideIfMatching(ReviewItem read, Set<String> added) {
        ReviewItem item = read;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Set<String> matching = matching(item, added);
            if (item.status() != ReviewStatus.PUBLISHED || matching.isEmpty()) {
                return false;
            }
            item.hideAfterScreening(matching, clock.instant());
            if (items.update(item).isPresent()) {
                return true;
            }
            // Changed meanwhile (a report, a takedown, a new version): judged again as it now stands.
            Optional<ReviewItem> fresh = items.byId(item.id());
            if (fresh.isEmpty()) {
                return false;
            }
            item = fresh.get();
        }
        log.warn("Review item {} kept changing; not re-screened", item.id());
        return false;
    }

    private Set<String> matching(ReviewItem item, Set<String> added) {
        Set<String> words = new LinkedHashSet<>();
        for (ScreeningMatch match :
                screening.screen(item.current().content().screenedText()).matches()) {
            if (match.kind() == MatchKind.WORD && match.blocks() && added.contains(match.word())) {
                words.add(match.word());
            }
        }
        return words;
    }
}
