package cn.summerhotline.review.screening.application;

import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.review.screening.model.ScreeningAction;
import cn.summerhotline.review.screening.model.ScreeningWord;
import cn.summerhotline.review.screening.model.ScreeningWordRejected;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The city bureau keeps its word lists: adds entries (one or a batch, all or none), removes them, lists them.
 * After each change this replica compiles the list at once; the others notice the change counter within their
 * reload interval.
 */
@Component
public class ManageScreeningWords {

    private final ScreeningWords store;
    private final PreScreen preScreen;
    private final ApplicationEventPublisher events;

    public ManageScreeningWords(ScreeningWords store, PreScreen preScreen, ApplicationEventPublisher events) {
        this.store = store;
        this.preScreen = preScreen;
        this.events = events;
    }

    /**
     * Adds the entries that are not on the list yet. An entry on the list already with the same tag and action
     * (however its word is written) is left as it is; with another tag or action the whole request is refused.
     * Nothing is stored unless every entry is acceptable. When BLOCK words were added, {@link BlockWordsAdded}
     * is published, after this replica's list holds them.
     */
    public WordsAdded add(Caller caller, List<NewWord> entries, String fieldPrefix) {
        ScreeningAccess.requireListKeeper(caller);
        if (entries.isEmpty() || entries.size() > ScreeningLimits.MAX_BATCH) {
            throw InvalidScreeningWords.of("entries", "BATCH_SIZE", ScreeningLimits.MAX_BATCH);
        }
        Instant now = Instant.now();
        Map<String, Candidate> batch = checked(entries, fieldPrefix, caller.subject(), now);
        for (int attempt = 1; ; attempt++) {
            List<ScreeningWord> unchanged = new ArrayList<>();
            List<ScreeningWord> fresh = new ArrayList<>();
            Map<String, ScreeningWord> stored = store.byIds(batch.keySet());
            for (Candidate candidate : batch.values()) {
                ScreeningWord existing = stored.get(candidate.word().id());
                if (existing == null) {
                    fresh.add(candidate.word());
                } else if (existing.sameEntryAs(candidate.word())) {
                    unchanged.add(existing);
                } else {
                    throw new ScreeningWordConflict(candidate.field(), candidate.word(), existing);
                }
            }
            if (fresh.isEmpty()) {
                return new WordsAdded(List.of(), unchanged, preScreen.listVersion());
            }
            try {
                store.insertAll(fresh);
            } catch (ConcurrentListChange raced) {
                if (attempt == 2) {
                    throw raced;
                }
                continue;
            }
            long version = store.changed(caller.subject());
            preScreen.refresh(false);
            List<String> blocking = fresh.stream()
                    .filter(word -> word.action() == ScreeningAction.BLOCK)
                    .map(ScreeningWord::word)
                    .toList();
            if (!blocking.isEmpty()) {
                events.publishEvent(new BlockWordsAdded(blocking, caller.subject(), now));
            }
            return new WordsAdded(fresh, unchanged, version);
        }
    }

    public void remove(Caller caller, String id) {
        ScreeningAccess.requireListKeeper(caller);
        if (!ScreeningWord.wellFormedId(id) || !store.delete(id)) {
            throw new ScreeningWordNotFound(id);
        }
        store.changed(caller.subject());
        preScreen.refresh(false);
    }

    public Page<ScreeningWord> list(Caller caller, WordFilter filter, int page, int size) {
        ScreeningAccess.requireReader(caller);
        return store.find(filter, page, size);
    }

    /** An entry of the request, checked, with the field it was given in. */
    private record Candidate(String field, ScreeningWord word) {}

    /** Every entry checked by the list's rules; entries of one word within the batch merged when they agree. */
    private static Map<String, Candidate> checked(List<NewWord> entries, String fieldPrefix, String by, Instant at) {
        Map<String, Candidate> batch = new LinkedHashMap<>();
        List<InvalidScreeningWords.Violation> violations = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            NewWord entry = entries.get(i);
            String prefix = fieldPrefix == null ? "" : fieldPrefix + "[" + i + "].";
            try {
                ScreeningWord word = ScreeningWord.listed(entry.word(), entry.tag(), entry.action(), by, at);
                Candidate earlier = batch.putIfAbsent(word.id(), new Candidate(prefix + "word", word));
                if (earlier != null && !earlier.word().sameEntryAs(word)) {
                    violations.add(new InvalidScreeningWords.Violation(
                            prefix + "word", "DUPLICATE", List.of(earlier.field())));
                }
            } catch (ScreeningWordRejected rejected) {
                violations.add(new InvalidScreeningWords.Violation(
                        prefix + rejected.field(), rejected.rule().name(), List.of(rejected.limits())));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidScreeningWords(violations);
        }
        return batch;
    }
}
