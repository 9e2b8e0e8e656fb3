package cn.summerhotline.review.screening.application;

import java.time.Instant;
import java.util.List;

/**
 * Published (as a Spring application event, on the replica that took the change) when the city bureau adds
 * BLOCK words: published items that now match go back to the city bureau for re-review (事中加强监督).
 */
public record BlockWordsAdded(List<String> words, String addedBy, Instant at) {

    public BlockWordsAdded {
        words = List.copyOf(words);
    }
}
