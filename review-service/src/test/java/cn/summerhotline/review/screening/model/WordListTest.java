package cn.summerhotline.review.screening.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordListTest {

    private static WordList list(WordList.Term... terms) {
        return WordList.of(List.of(terms));
    }

    private static WordList.Term term(String word, ScreeningAction action) {
        return new WordList.Term(WordForms.key(word), word, "政治", action, MatchKind.WORD);
    }

    private static List<ScreeningMatch> find(WordList list, String text) {
        return list.find(text, WordForms.fold(text));
    }

    @Test
    void shouldFindAWordWithNoiseInsideAndPlaceItOnTheOriginalCharacters() {
        WordList list = list(term("法轮功", ScreeningAction.BLOCK));

        for (String text : List.of("他说法*轮 功很好", "他说法 轮\u200b功很好", "他说法-轮_功很好", "他说法 😀 轮功很好")) {
            List<ScreeningMatch> matches = find(list, text);
            assertThat(matches).as(text).hasSize(1);
            ScreeningMatch match = matches.get(0);
            assertThat(text.substring(match.start(), match.end())).isEqualTo(match.found());
            assertThat(match.found()).startsWith("法").endsWith("功");
            assertThat(match.start()).isEqualTo(2);
            assertThat(match.end()).isEqualTo(text.indexOf("功") + 1);
            assertThat(match.word()).isEqualTo("法轮功");
            assertThat(match.tag()).isEqualTo("政治");
            assertThat(match.action()).isEqualTo(ScreeningAction.BLOCK);
        }
    }

    @Test
    void shouldFindTraditionalCharactersAsTheSimplifiedWordAtTheirOwnPlace() {
        WordList list = list(term("法轮功", ScreeningAction.BLOCK));

        assertThat(find(list, "他們練習法輪功多年"))
                .extracting(ScreeningMatch::found, ScreeningMatch::start, ScreeningMatch::end)
                .containsExactly(tuple("法輪功", 4, 7));
        // And a word listed in traditional characters matches simplified text.
        assertThat(find(list(term("內部資料", ScreeningAction.BLOCK)), "这是内部资料"))
                .extracting(ScreeningMatch::found, ScreeningMatch::start)
                .containsExactly(tuple("内部资料", 2));
    }

    @Test
    void shouldFindFullWidthAndOtherCaseLettersAtTheirOwnPlace() {
        WordList list = list(term("ABC卡", ScreeningAction.FLAG));

        assertThat(find(list, "购买ＡＢＣ卡的人"))
                .extracting(ScreeningMatch::found, ScreeningMatch::start, ScreeningMatch::end)
                .containsExactly(tuple("ＡＢＣ卡", 2, 6));
        assertThat(find(list, "购买abc 卡"))
                .extracting(ScreeningMatch::found, ScreeningMatch::start, ScreeningMatch::end)
                .containsExactly(tuple("abc 卡", 2, 7));
    }

    @Test
    void shouldCountPositionsInUtf16UnitsAfterCharactersOutsideTheBasicPlane() {
        WordList list = list(term("法轮功", ScreeningAction.BLOCK));
        String text = "𠀀😀法轮功";

        assertThat(find(list, text))
                .extracting(ScreeningMatch::start, ScreeningMatch::end)
                .containsExactly(tuple(4, 7));
    }

    @Test
    void shouldNotRunAWordAcrossTheEndOfAClauseOrALine() {
        WordList list = list(term("法轮", ScreeningAction.BLOCK));

        assertThat(find(list, "这是一种方法。轮到你了")).isEmpty();
        assertThat(find(list, "这是一种方法，轮到你了")).isEmpty();
        assertThat(find(list, "这是一种方法\n轮到你了")).isEmpty();
    }

    @Test
    void shouldMatchWordsOfLatinLettersOrDigitsAsWholeWordsOnly() {
        WordList list = list(term("VPN", ScreeningAction.FLAG), term("64", ScreeningAction.FLAG));

        assertThat(find(list, "使用vpn翻墙")).extracting(ScreeningMatch::found).containsExactly("vpn");
        assertThat(find(list, "a V.P.N b")).extracting(ScreeningMatch::found).containsExactly("V.P.N");
        assertThat(find(list, "openvpn client")).isEmpty();
        assertThat(find(list, "1964年")).isEmpty();
        assertThat(find(list, "第64条")).extracting(ScreeningMatch::found).containsExactly("64");
    }

    @Test
    void shouldFindEveryOccurrenceAndOverlappingWordsOfAnotherAction() {
        WordList list = list(term("城管执", ScreeningAction.FLAG), term("执法队", ScreeningAction.BLOCK));

        assertThat(find(list, "城管执法队和城管执法队"))
                .extracting(ScreeningMatch::word, ScreeningMatch::start)
                .containsExactly(tuple("城管执", 0), tuple("执法队", 2), tuple("城管执", 6), tuple("执法队", 8));
    }

    @Test
    void shouldLeaveOutAWordInsideALongerOneUnlessItIsStricter() {
        WordList flagInsideBlock = list(term("法轮", ScreeningAction.FLAG), term("法轮功", ScreeningAction.BLOCK));
        WordList blockInsideFlag = list(term("法轮", ScreeningAction.BLOCK), term("法轮功", ScreeningAction.FLAG));

        assertThat(find(flagInsideBlock, "法轮功"))
                .extracting(ScreeningMatch::word)
                .containsExactly("法轮功");
        assertThat(find(blockInsideFlag, "法轮功"))
                .extracting(ScreeningMatch::word)
                .containsExactly("法轮功", "法轮");
    }

    @Test
    void shouldKeepOneTermPerKeyTheStricterWinning() {
        WordList list = list(term("法 轮", ScreeningAction.FLAG), term("法輪", ScreeningAction.BLOCK));

        assertThat(list.size()).isEqualTo(1);
        assertThat(find(list, "法轮")).extracting(ScreeningMatch::action).containsExactly(ScreeningAction.BLOCK);
    }

    @Test
    void shouldFindNothingInOrdinaryTextOrWithAnEmptyList() {
        WordList list = list(term("法轮功", ScreeningAction.BLOCK));

        assertThat(find(list, "徐汇区城管执法局开展夏季专项执法行动，整治夜间施工噪声。")).isEmpty();
        assertThat(find(WordList.EMPTY, "法轮功")).isEmpty();
        assertThat(find(list, "")).isEmpty();
    }
}
