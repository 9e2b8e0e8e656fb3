package cn.summerhotline.openday.cloud.application;

import cn.summerhotline.openday.cloud.model.ReviewOutcome;
import org.springframework.stereotype.Service;

/** review-service's decision about an item's version, applied once per event. */
@Service
public class ApplyReviewOutcome {

    private final CloudItems items;

    public ApplyReviewOutcome(CloudItems items) {
        this.items = items;
    }

    public boolean apply(String itemId, String eventId, int contentVersion, ReviewOutcome outcome) {
        return items.apply(itemId, eventId, contentVersion, outcome);
    }
}
