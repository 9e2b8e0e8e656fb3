package cn.summerhotline.review.screening.application;

import cn.summerhotline.review.screening.model.ScreeningWord;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The city bureau's word lists as stored, with the list's change counter: every change raises it, so a replica
 * tells by reading one number whether the list it compiled is still the list.
 */
public interface ScreeningWords {

    /** Every entry, to compile. */
    List<ScreeningWord> all();

    Page<ScreeningWord> find(WordFilter filter, int page, int size);

    /** The stored entries among these ids, by id. */
    Map<String, ScreeningWord> byIds(Collection<String> ids);

    /**
     * Stores new entries, all or none: when one of them is already stored (another request got there first),
     * none is left stored and {@link ConcurrentListChange} is thrown.
     */
    void insertAll(List<ScreeningWord> entries);

    /** False when there was no such entry. */
    boolean delete(String id);

    /** The change counter; 0 for a list never changed. */
    long version();

    /** Raises the change counter, after a change was stored; answers the new value. */
    long changed(String by);
}
