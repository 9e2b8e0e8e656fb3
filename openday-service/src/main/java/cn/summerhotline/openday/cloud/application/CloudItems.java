package cn.summerhotline.openday.cloud.application;

import cn.summerhotline.openday.cloud.model.CloudItem;
import cn.summerhotline.openday.cloud.model.ReviewOutcome;
import java.util.List;
import java.util.Optional;

/** The sections' items, each stored with the events of its changes. */
public interface CloudItems {

    Optional<CloudItem> byId(String id);

    /** A year's items, by section and submission; {@code publishedOnly} for the public. */
    List<CloudItem> ofYear(int year, boolean publishedOnly);

    /** Stores a new item with its submitted event. */
    void insert(CloudItem item);

    /**
     * Applies review-service's outcome once per event: PUBLISHED only to the version it is about, a takedown or
     * hiding to whatever version is shown. Returns whether anything changed.
     */
    boolean apply(String itemId, String eventId, int contentVersion, ReviewOutcome outcome);
}
