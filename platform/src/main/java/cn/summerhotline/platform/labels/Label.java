package cn.summerhotline.platform.labels;

import java.util.Objects;

/**
 * A code's name for people, in the platform's two languages: Chinese, which its users read, and English for
 * the API's other readers. Plain Java, so a service's domain model may carry it.
 */
public record Label(String zh, String en) {

    public Label {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }
}
