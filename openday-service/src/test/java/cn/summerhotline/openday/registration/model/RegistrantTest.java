package cn.summerhotline.openday.registration.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegistrantTest {

    @Test
    void shouldKeepAMobileNumberAsItsElevenDigitsHoweverItWasWritten() {
        assertThat(new Registrant(" 王小明 ", "+86 138-1234-5678", 2).phone()).isEqualTo("13812345678");
        assertThat(new Registrant("王小明", "0086 13812345678", 1).name()).isEqualTo("王小明");
    }

    @Test
    void shouldRefuseANumberThatIsNoMainlandMobile() {
        assertThatThrownBy(() -> new Registrant("王小明", "021-64321234", 1))
                .isInstanceOfSatisfying(
                        RegistrationRuleViolation.class,
                        v -> assertThat(v.rule()).isEqualTo(RegistrationRuleViolation.Rule.PHONE));
        assertThatThrownBy(() -> new Registrant("王小明", "12812345678", 1)).isInstanceOf(RegistrationRuleViolation.class);
    }

    @Test
    void shouldTakeAPartyOfOneToFive() {
        assertThat(new Registrant("王小明", "13812345678", 5).partySize()).isEqualTo(5);
        assertThatThrownBy(() -> new Registrant("王小明", "13812345678", 6))
                .isInstanceOfSatisfying(
                        RegistrationRuleViolation.class,
                        v -> assertThat(v.rule()).isEqualTo(RegistrationRuleViolation.Rule.PARTY_SIZE));
        assertThatThrownBy(() -> new Registrant("王小明", "13812345678", 0)).isInstanceOf(RegistrationRuleViolation.class);
    }

    @Test
    void shouldRefuseABlankNameOrOneWithControlCharacters() {
        assertThatThrownBy(() -> new Registrant("  ", "13812345678", 1)).isInstanceOf(RegistrationRuleViolation.class);
        assertThatThrownBy(() -> new Registrant("王\u0000明", "13812345678", 1))
                .isInstanceOf(RegistrationRuleViolation.class);
    }
}
