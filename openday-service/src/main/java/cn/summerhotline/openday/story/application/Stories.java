package cn.summerhotline.openday.story.application;

import cn.summerhotline.openday.cloud.model.ReviewOutcome;
import cn.summerhotline.openday.story.model.Story;
import java.util.List;
import java.util.Optional;

/** The citizens' stories, each stored with the events of its changes. */
public interface Stories {

    Optional<Story> byId(String id);

    List<Story> published(int year);

    /** Stores a new story with its content.submitted event. */
    void insert(Story story);

    /** Applies review-service's outcome once per event, as for the sections' items. */
    boolean apply(String storyId, String eventId, int contentVersion, ReviewOutcome outcome);
}
