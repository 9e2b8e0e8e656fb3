package cn.summerhotline.review.screening.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScreeningWordTest {

    private static final Instant AT = Instant.parse("2021-07-15T01:30:00Z");

    private static ScreeningWord listed(String word, String tag, ScreeningAction action) {
        return ScreeningWord.listed(word, tag, action, "city-admin", AT);
    }

    @Test
    void shouldMakeOneEntryOfEverySpellingOfAWord() {
        ScreeningWord plain = listed("法轮功", "政治", ScreeningAction.BLOCK);

        for (String spelling : List.of(" 法 轮 功 ", "法輪功", "法*轮*功", "法\u200b轮功")) {
            ScreeningWord other = listed(spelling, "政治", ScreeningAction.BLOCK);
            assertThat(other.id()).as(spelling).isEqualTo(plain.id());
            assertThat(other.sameEntryAs(plain)).isTrue();
        }
        assertThat(listed("法轮功", "政治", ScreeningAction.FLAG).sameEntryAs(plain)).isFalse();
        assertThat(plain.word()).isEqualTo("法轮功");
        assertThat(ScreeningWord.wellFormedId(plain.id())).isTrue();
    }

    @Test
    void shouldRefuseEntriesThatBreakTheListsRules() {
        assertRefused("  ", "政治", ScreeningAction.BLOCK, "word", ScreeningWordRejected.Rule.MISSING);
        assertRefused("长".repeat(51), "政治", ScreeningAction.BLOCK, "word", ScreeningWordRejected.Rule.TOO_LONG);
        assertRefused("法 *", "政治", ScreeningAction.BLOCK, "word", ScreeningWordRejected.Rule.TOO_SHORT);
        assertRefused("你好，世界", "政治", ScreeningAction.BLOCK, "word", ScreeningWordRejected.Rule.PUNCTUATION);
        assertRefused("法轮功", " ", ScreeningAction.BLOCK, "tag", ScreeningWordRejected.Rule.MISSING);
        assertRefused("法轮功", "长".repeat(21), ScreeningAction.BLOCK, "tag", ScreeningWordRejected.Rule.TOO_LONG);
        assertRefused("法轮功", "政治", null, "action", ScreeningWordRejected.Rule.MISSING);
    }

    private static void assertRefused(
            String word, String tag, ScreeningAction action, String field, ScreeningWordRejected.Rule rule) {
        assertThatThrownBy(() -> listed(word, tag, action))
                .isInstanceOfSatisfying(ScreeningWordRejected.class, rejected -> {
                    assertThat(rejected.field()).isEqualTo(field);
                    assertThat(rejected.rule()).isEqualTo(rule);
                });
    }
}
