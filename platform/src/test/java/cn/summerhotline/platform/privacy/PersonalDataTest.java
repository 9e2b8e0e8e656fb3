package cn.summerhotline.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "电话13912345678请回电|电话139****5678请回电",
                "联系139-1234-5678谢谢|联系139****5678谢谢",
                "手机139 1234 5678，晚上打|手机139****5678，晚上打",
                "打+86 139 1234 5678找王先生|打139****5678找王先生",
                "打+86-139-1234-5678找王先生|打139****5678找王先生",
                "拨008613912345678即可|拨139****5678即可",
                "号码(+86)13912345678|号码139****5678",
                "号码８６１３９１２３４５６７８|号码139****5678",
                "手机１３９１２３４５６７８|手机139****5678",
                "座机(021) 6432 1234转总机|座机021-****1234转总机",
                "座机（021）64321234|座机021-****1234",
                "居委会021-64321234，物业0755-88889999|居委会021-****1234，物业0755-****9999",
                "打021-64321234-8001找值班|打021-****1234找值班",
                "打021-64321234转8001找值班|打021-****1234找值班",
                "热线010 8765 4321 ext. 12|热线010-****4321",
                "打+86 21 6432 1234或+86-21-64321234|打021-****1234或021-****1234",
                "固话：6432-1234，白天有人|固话：****1234，白天有人",
                "联系电话是64321234|联系电话是****1234",
                "身份证310104198001011234已登记|身份证310***********1234已登记",
                "身份证号31010419800101123X，户主|身份证号310***********123X，户主",
                "证件31010419800101123x|证件310***********123X",
                "老证件310104800101123号|老证件310********1123号",
                "两个号码13912345678和13812345678|两个号码139****5678和138****5678",
            })
    void shouldMaskPhoneAndIdNumbersInsideChineseText(String text, String masked) {
        assertThat(PersonalData.mask(text)).isEqualTo(masked);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2021-08-05晚上10点施工",
                "2021年8月5日22:30",
                "20210805起连续三晚",
                "罚款5000元，已缴纳12,345.67元",
                "快递单号SF1234567890123未送达",
                "中通快递773012345678901",
                "订单号202108051234567890",
                "徐汇区漕溪北路1号3号楼502室",
                "受理编号2108-0512-3456",
                "受理编号7K3M-9QX2-4TM",
                "门牌号1399弄12号",
                "噪声85分贝，持续3小时",
                "客服热线400-820-8820",
                "12345热线转办",
                "面积139平方米，租户12人",
                "编号139123456789（12位）",
            })
    void shouldLeaveOrdinaryNumbersAlone(String text) {
        assertThat(PersonalData.mask(text)).isEqualTo(text);
        assertThat(PersonalData.containsNumbers(text)).isFalse();
    }

    @Test
    void shouldMaskTheKnownNamesInFreeTextFullNameFirst() {
        String text = "市民王小明（电话13812345678）反映，小明家楼下夜间施工";

        String masked = PersonalData.mask(text, List.of("王小明", "小明"));

        assertThat(masked).isEqualTo("市民王**（电话138****5678）反映，小*家楼下夜间施工");
        assertThat(PersonalData.mask("王先生反映", List.of("王"))).isEqualTo("王先生反映");
        assertThat(PersonalData.mask(null, List.of("王小明"))).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "13812345678|138****5678",
                "138-1234-5678|138****5678",
                "+86 138 1234 5678|138****5678",
                "021-64321234|021-****1234",
                "(021) 6432 1234|021-****1234",
                "64321234|******34",
                "12|**",
            })
    void shouldMaskAPhoneField(String phone, String masked) {
        assertThat(PersonalData.maskPhone(phone)).isEqualTo(masked);
    }

    @Test
    void shouldMaskNamesAndIdNumbers() {
        assertThat(PersonalData.maskName("王小明")).isEqualTo("王**");
        assertThat(PersonalData.maskName("欧阳")).isEqualTo("欧*");
        assertThat(PersonalData.maskName("李")).isEqualTo("李*");
        assertThat(PersonalData.maskIdNumber("31010419800101123x")).isEqualTo("310***********123X");
        assertThat(PersonalData.maskIdNumber("310104800101123")).isEqualTo("310********1123");
    }
}
