package cn.summerhotline.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** Codes named for an export as the labels endpoint names them, and codes it does not know left readable. */
class CodeLabelsTest {

    enum Shift implements Labelled {
        EARLY;

        @Override
        public Label label() {
            return new Label("早班", "Early shift");
        }
    }

    private final StaticMessageSource bundles = new StaticMessageSource();
    private final CodeLabels labels = new CodeLabels(List.of(Shift.class), bundles);

    @Test
    void shouldNameAStoredCodeByItsEnumsSimpleName() {
        assertThat(labels.label("Shift", "EARLY", ProblemMessages.CHINESE)).isEqualTo("早班");
        assertThat(labels.label("Shift", "EARLY", Locale.ENGLISH)).isEqualTo("Early shift");
        assertThat(labels.label(Shift.EARLY, Locale.ENGLISH)).isEqualTo("Early shift");
    }

    @Test
    void shouldAnswerTheBundlesNameOrTheCodeItselfForWhatItDoesNotKnow() {
        bundles.addMessage("label.Shift.NIGHT", ProblemMessages.CHINESE, "夜班");

        assertThat(labels.label("Shift", "NIGHT", ProblemMessages.CHINESE)).isEqualTo("夜班");
        assertThat(labels.label("Shift", "LATE", ProblemMessages.CHINESE)).isEqualTo("LATE");
        assertThat(labels.label("Unknown", "X", Locale.ENGLISH)).isEqualTo("X");
        assertThat(labels.label("Shift", null, Locale.ENGLISH)).isNull();
    }
}
