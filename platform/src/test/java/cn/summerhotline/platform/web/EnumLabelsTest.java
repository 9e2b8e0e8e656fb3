package cn.summerhotline.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.platform.labels.Label;
import cn.summerhotline.platform.labels.Labelled;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;

class EnumLabelsTest {

    enum Shift implements Labelled {
        EARLY,
        LATE;

        @Override
        public Label label() {
            return this == EARLY ? new Label("早班", "Early shift") : new Label("晚班", "Late shift");
        }
    }

    enum Legacy {
        OPEN;

        public String nameZh() {
            return "开放";
        }

        public String nameEn() {
            return "Open";
        }
    }

    private final StaticMessageSource bundles = new StaticMessageSource();
    private final EnumLabels labels = new EnumLabels(List.of(Shift.class, Legacy.class), bundles);

    @Test
    void shouldAnswerALabelledCodesOwnLabelInChineseByDefault() {
        assertThat(labels.labels(new MockHttpServletRequest()))
                .containsEntry("Shift", Map.of("EARLY", "早班", "LATE", "晚班"))
                .containsEntry("Legacy", Map.of("OPEN", "开放"));
    }

    @Test
    void shouldAnswerEnglishOnRequestWithTheBundlesNameWinningOverTheCodesOwn() {
        bundles.addMessage("label.Shift.LATE", Locale.ENGLISH, "Evening shift");
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "en");

        assertThat(labels.labels(request))
                .containsEntry("Shift", Map.of("EARLY", "Early shift", "LATE", "Evening shift"))
                .containsEntry("Legacy", Map.of("OPEN", "Open"));
    }
}
