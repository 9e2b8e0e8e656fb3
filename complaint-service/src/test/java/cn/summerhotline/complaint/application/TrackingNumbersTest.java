package cn.summerhotline.complaint.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingNumbersTest {

    @Test
    void shouldDrawGroupedNumbersOfTheUnambiguousAlphabetThatPassTheirOwnCheck() {
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String number = TrackingNumbers.draw();
            assertThat(number).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{3}");
            assertThat(TrackingNumbers.parse(number)).contains(number);
            drawn.add(number);
        }
        assertThat(drawn).hasSize(10_000);
    }

    @Test
    void shouldReadANumberTypedWithoutDashesInLowerCaseOrWithLookAlikeLetters() {
        String number = TrackingNumbers.draw();
        String compact = number.replace("-", "");

        assertThat(TrackingNumbers.parse(compact)).contains(number);
        assertThat(TrackingNumbers.parse(compact.toLowerCase(Locale.ROOT))).contains(number);
        assertThat(TrackingNumbers.parse(" " + number.replace("-", " ") + " ")).contains(number);
        String withOne = number.replace('1', 'l').replace('0', 'O');
        assertThat(TrackingNumbers.parse(withOne)).contains(number);
    }

    @Test
    void shouldRefuseEveryNumberWithOneMistypedCharacter() {
        for (int n = 0; n < 50; n++) {
            String compact = TrackingNumbers.draw().replace("-", "");
            for (int position = 0; position < compact.length(); position++) {
                for (char other : TrackingNumbers.ALPHABET.toCharArray()) {
                    if (other == compact.charAt(position)) {
                        continue;
                    }
                    String mistyped = compact.substring(0, position) + other + compact.substring(position + 1);
                    assertThat(TrackingNumbers.parse(mistyped)).as(mistyped).isEmpty();
                }
            }
        }
    }

    @Test
    void shouldRefuseTheOldTwelveDigitFormAndStrangeCharacters() {
        assertThat(TrackingNumbers.parse("2108-0512-3456")).isEmpty();
        assertThat(TrackingNumbers.parse("UUUU-UUUU-UUU")).isEmpty();
        assertThat(TrackingNumbers.parse("")).isEmpty();
        assertThat(TrackingNumbers.parse(null)).isEmpty();
    }

    @Test
    void shouldAnswerAMistypedNumberNotFoundWithoutAskingTheStore() {
        Complaints store = (Complaints) Proxy.newProxyInstance(
                Complaints.class.getClassLoader(), new Class<?>[] {Complaints.class}, (proxy, method, args) -> {
                    throw new AssertionError("the store was asked: " + method.getName());
                });
        String number = TrackingNumbers.draw();
        String mistyped = (number.charAt(0) == 'A' ? 'B' : 'A') + number.substring(1);

        assertThatThrownBy(() -> new TrackComplaint(store).track(mistyped))
                .isInstanceOfSatisfying(
                        ComplaintNotFound.class, p -> assertThat(p.reference()).isEqualTo(mistyped));
        assertThatThrownBy(() -> new RateAnswer(store, new ComplaintChanges(store, java.time.Clock.systemUTC()))
                        .rate(mistyped, "123456", 1, null))
                .isInstanceOfSatisfying(
                        ComplaintNotFound.class, p -> assertThat(p.reference()).isEqualTo(mistyped));
    }
}
