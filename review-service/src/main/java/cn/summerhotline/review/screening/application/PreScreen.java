package cn.summerhotline.review.screening.application;

import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.review.screening.model.InternalInformation;
import cn.summerhotline.review.screening.model.Screened;
import cn.summerhotline.review.screening.model.ScreeningMatch;
import cn.summerhotline.review.screening.model.ScreeningWord;
import cn.summerhotline.review.screening.model.WordForms;
import cn.summerhotline.review.screening.model.WordList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The pre-screen: the word list as this replica compiled it last, and the detectors of internal information.
 *
 * <p>The compiled list is swapped whole through one volatile reference: a screen in progress keeps the list it
 * started with, and none ever sees a list half built. The list is compiled from the store when it is first
 * needed (a screen before it could be read fails rather than pass a text unscreened) and again by {@link
 * #refresh} whenever the store's change counter moved.
 */
@Component
public class PreScreen implements Screening {

    private static final Logger log = LoggerFactory.getLogger(PreScreen.class);

    private static final Comparator<ScreeningMatch> IN_TEXT_ORDER = Comparator.comparingInt(ScreeningMatch::start)
            .thenComparing(Comparator.comparingInt(ScreeningMatch::end).reversed())
            .thenComparing(ScreeningMatch::kind);

    /** A list as compiled, with the change counter read before its entries were. */
    private record Compiled(long version, WordList words) {}

    private final ScreeningWords store;
    private final InternalInformation internal;
    private volatile Compiled compiled;

    public PreScreen(ScreeningWords store, InternalInformation internal) {
        this.store = store;
        this.internal = internal;
    }

    @Override
    public Screened screen(String text) {
        if (text == null || text.isEmpty()) {
            return Screened.CLEAN;
        }
        WordList words = current().words();
        WordForms.Folded folded = WordForms.fold(text);
        List<ScreeningMatch> matches = new ArrayList<>(words.find(text, folded));
        matches.addAll(internal.find(text, folded));
        matches.sort(IN_TEXT_ORDER);
        return new Screened(matches);
    }

    /** A text tried by a reviewer or the city bureau (the screen endpoint). */
    public Tried tryText(Caller caller, String text) {
        ScreeningAccess.requireReader(caller);
        Compiled now = current();
        return new Tried(screen(text), now.version());
    }

    /** A verdict with the version of the word list it was reached with. */
    public record Tried(Screened screened, long listVersion) {}

    /** The version of the list this replica screens with now. */
    public long listVersion() {
        return current().version();
    }

    /**
     * Compiles the list again if the store's change counter is not the one compiled (or always, when {@code
     * always}); answers whether it did. The counter is read before the entries, so a change stored meanwhile is
     * at worst compiled twice, never missed.
     */
    public synchronized boolean refresh(boolean always) {
        long version = store.version();
        Compiled now = compiled;
        if (!always && now != null && now.version() == version) {
            return false;
        }
        long started = System.nanoTime();
        List<ScreeningWord> entries = store.all();
        WordList words = WordList.of(entries.stream().map(ScreeningWord::term).toList());
        compiled = new Compiled(version, words);
        log.info(
                "Screening word list version {} compiled: {} words in {} ms",
                version,
                words.size(),
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    private Compiled current() {
        Compiled now = compiled;
        if (now == null) {
            refresh(false);
            now = compiled;
        }
        return now;
    }
}
