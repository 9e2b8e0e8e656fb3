package cn.summerhotline.platform.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class UnitTest {

    @Test
    void theOrganisationHasSixteenDistrictsAndTwentyFieldUnits() {
        assertThat(Unit.ofKind(Unit.Kind.DISTRICT_BUREAU)).hasSize(16).allMatch(Unit::isDistrict);
        assertThat(Unit.ofKind(Unit.Kind.SPECIAL_UNIT)).hasSize(3);
        assertThat(Unit.fieldUnits()).hasSize(20).contains(Unit.CORPS).doesNotContain(Unit.CITY, Unit.CITY_OFFICE);
    }

    @Test
    void codesAreUniqueTokenUnitsAndFindTheirUnit() {
        assertThat(Arrays.stream(Unit.values()).map(Unit::code).distinct()).hasSize(Unit.values().length);
        assertThat(Arrays.stream(Unit.values()).map(Unit::code)).allMatch(code -> code.matches("[a-z][a-z-]*"));
        assertThat(Unit.ofCode("xuhui")).contains(Unit.XUHUI);
        assertThat(Unit.ofCode("city")).contains(Unit.CITY);
        assertThat(Unit.XUHUI.label().zh()).isEqualTo("徐汇区");
        assertThat(Unit.isKnown("atlantis")).isFalse();
        assertThat(Unit.ofCode(null)).isEmpty();
    }
}
