package cn.summerhotline.review.screening.application;

import cn.summerhotline.review.screening.model.ScreeningWord;
import java.util.List;

/**
 * What adding entries did: the entries stored now, those that were on the list already (the same word, tag and
 * action, however written), and the list's version after the change.
 */
public record WordsAdded(List<ScreeningWord> added, List<ScreeningWord> unchanged, long listVersion) {

    public WordsAdded {
        added = List.copyOf(added);
        unchanged = List.copyOf(unchanged);
    }
}
