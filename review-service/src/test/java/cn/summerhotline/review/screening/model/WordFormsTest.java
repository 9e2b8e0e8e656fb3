package cn.summerhotline.review.screening.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordFormsTest {

    @Test
    void shouldFoldWidthCaseTraditionalFormsAndDropNoise() {
        assertThat(WordForms.key("ＡＢＣ")).isEqualTo("abc");
        assertThat(WordForms.key("法 輪*功")).isEqualTo("法轮功");
        assertThat(WordForms.key("①号")).isEqualTo("1号");
        assertThat(WordForms.key("内\u200b部")).isEqualTo("内部");
        assertThat(WordForms.key("★☆")).isEmpty();
    }

    @Test
    void shouldKeepEachFoldedCharacterTiedToItsOriginal() {
        WordForms.Folded folded = WordForms.fold("a ß𠀀");

        assertThat(folded.text()).isEqualTo("ass𠀀");
        assertThat(folded.originalStart(1)).isEqualTo(2);
        assertThat(folded.originalStart(2)).isEqualTo(2);
        assertThat(folded.originalEnd(2)).isEqualTo(3);
        assertThat(folded.originalStart(3)).isEqualTo(3);
        assertThat(folded.originalEnd(4)).isEqualTo(5);
    }

    @Test
    void shouldTurnFullWidthAsciiFormsIntoAsciiOneForOne() {
        String text = "（０２１）６４３２　１２３４";

        assertThat(WordForms.asciiForms(text)).isEqualTo("(021)6432 1234").hasSameSizeAs(text);
    }
}
