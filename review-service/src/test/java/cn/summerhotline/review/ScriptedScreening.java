package cn.summerhotline.review;

import cn.summerhotline.review.screening.application.Screening;
import cn.summerhotline.review.screening.model.MatchKind;
import cn.summerhotline.review.screening.model.Screened;
import cn.summerhotline.review.screening.model.ScreeningAction;
import cn.summerhotline.review.screening.model.ScreeningMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Stands in for the pre-screen in this service's tests, so that a test decides its verdicts: every text is clean
 * unless the test names words to block or flag, which are then found wherever they stand, as the real word lists
 * would. {@code @Primary}, so the workflow's tests keep their scripted verdicts beside the real implementation.
 */
public final class ScriptedScreening implements Screening {

    private final Map<String, ScreeningAction> words = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();

    public void block(String word) {
        words.put(word, ScreeningAction.BLOCK);
    }

    public void flag(String word) {
        words.put(word, ScreeningAction.FLAG);
    }

    public void reset() {
        words.clear();
        calls.set(0);
    }

    /** How many texts were screened since the last reset. */
    public int calls() {
        return calls.get();
    }

    @Override
    public Screened screen(String text) {
        calls.incrementAndGet();
        List<ScreeningMatch> matches = new ArrayList<>();
        words.forEach((word, action) -> {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
                matches.add(new ScreeningMatch(MatchKind.WORD, word, word, "测试词表", action, at, at + word.length()));
            }
        });
        matches.sort(Comparator.comparingInt(ScreeningMatch::start));
        return new Screened(matches);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        ScriptedScreening scriptedScreening() {
            return new ScriptedScreening();
        }
    }
}
