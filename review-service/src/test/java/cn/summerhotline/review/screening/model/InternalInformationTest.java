package cn.summerhotline.review.screening.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InternalInformationTest {

    private final InternalInformation detectors = new InternalInformation(DetectorSettings.defaults());

    private List<ScreeningMatch> find(String text) {
        return detectors.find(text, WordForms.fold(text));
    }

    private List<String> found(String text, MatchKind kind) {
        return find(text).stream()
                .filter(match -> match.kind() == kind)
                .map(ScreeningMatch::found)
                .toList();
    }

    @Test
    void shouldFindMobileNumbersInTheirCommonForms() {
        for (String number : List.of(
                "13912345678",
                "139 1234 5678",
                "139-1234-5678",
                "+86 139 1234 5678",
                "+8613912345678",
                "(+86)13912345678",
                "008613912345678")) {
            String text = "请联系王先生" + number + "了解详情";
            assertThat(found(text, MatchKind.MOBILE_NUMBER)).as(text).containsExactly(number);
        }
        assertThat(find("手机１３９１２３４５６７８"))
                .extracting(ScreeningMatch::kind, ScreeningMatch::found, ScreeningMatch::start, ScreeningMatch::end)
                .containsExactly(tuple(MatchKind.MOBILE_NUMBER, "１３９１２３４５６７８", 2, 13));
    }

    @Test
    void shouldFindLandlinesWithAreaCodeAndShanghaiLocalNumbersWrittenAsSuch() {
        for (String number :
                List.of("021-6432 1234", "(021)64321234", "（021）64321234", "021-64321234-8001", "+86 21 6432 1234")) {
            assertThat(found("值班 " + number + " 全天", MatchKind.LANDLINE_NUMBER))
                    .as(number)
                    .containsExactly(number);
        }
        assertThat(found("服务电话：64321234，欢迎来电", MatchKind.LANDLINE_NUMBER)).containsExactly("64321234");
        assertThat(found("可拨打 6432 1234 咨询", MatchKind.LANDLINE_NUMBER)).containsExactly("6432 1234");
        assertThat(found("可拨打 6432-1234 咨询", MatchKind.LANDLINE_NUMBER)).containsExactly("6432-1234");
    }

    @Test
    void shouldFindResidentIdNumbersWithARightCheckCharacterOnly() {
        assertThat(IdNumbers.valid("11010519491231002X")).isTrue();
        assertThat(IdNumbers.valid("110105194912310021")).isFalse();

        assertThat(found("身份证11010519491231002X已核实", MatchKind.ID_NUMBER)).containsExactly("11010519491231002X");
        assertThat(found("身份证11010519491231002x已核实", MatchKind.ID_NUMBER)).containsExactly("11010519491231002x");
        assertThat(found("身份证 110105 19491231 002X", MatchKind.ID_NUMBER)).containsExactly("110105 19491231 002X");
        assertThat(found("订单号110105194912310021", MatchKind.ID_NUMBER)).isEmpty();
        // A birth date that does not exist (30 February), check character computed right.
        assertThat(IdNumbers.valid("110105194902300012")).isFalse();
    }

    @Test
    void shouldFindDocumentNumbersWithEveryKindOfBracket() {
        for (String number : List.of(
                "沪城管执〔2021〕64号",
                "沪城管执[2021]64号",
                "沪城管执(2021)64号",
                "沪城管执（2021）64号",
                "沪城管执【2021】64号",
                "沪城管执［２０２１］６４号",
                "沪府办发〔2021〕第12号")) {
            assertThat(found("根据" + number + "文件要求", MatchKind.DOCUMENT_NUMBER))
                    .as(number)
                    .containsExactly(number);
        }
        assertThat(found("按〔2021〕64号通知执行", MatchKind.DOCUMENT_NUMBER)).containsExactly("〔2021〕64号");
    }

    @Test
    void shouldFindMarkersOfInternalDocumentsAndBlockTheStrongOnes() {
        assertThat(find("本文为内部资料，不宜公开"))
                .extracting(ScreeningMatch::found, ScreeningMatch::action)
                .containsExactly(tuple("内部资料", ScreeningAction.BLOCK), tuple("不宜公开", ScreeningAction.BLOCK));
        assertThat(find("內 部 資 料"))
                .extracting(ScreeningMatch::kind, ScreeningMatch::found)
                .containsExactly(tuple(MatchKind.INTERNAL_MARKER, "內 部 資 料"));
        assertThat(find("小区内部道路"))
                .extracting(ScreeningMatch::found, ScreeningMatch::action)
                .containsExactly(tuple("内部", ScreeningAction.FLAG));
        assertThat(find("机密★1年"))
                .extracting(ScreeningMatch::found, ScreeningMatch::action)
                .containsExactly(tuple("机密", ScreeningAction.BLOCK));
    }

    @Test
    void shouldFindIntranetAddressesAndUrls() {
        assertThat(found("系统地址 10.1.22.3 已开通", MatchKind.INTRANET_ADDRESS)).containsExactly("10.1.22.3");
        assertThat(found("见172.20.1.5:8080", MatchKind.INTRANET_ADDRESS)).containsExactly("172.20.1.5:8080");
        assertThat(found("登录 http://192.168.1.10/oa/login.jsp 查看", MatchKind.INTRANET_ADDRESS))
                .containsExactly("http://192.168.1.10/oa/login.jsp");
        assertThat(found("打开 http://oa/index 即可", MatchKind.INTRANET_ADDRESS)).containsExactly("http://oa/index");
        assertThat(found("服务器 files.cgzf.internal 和 nas.local", MatchKind.INTRANET_ADDRESS))
                .containsExactly("files.cgzf.internal", "nas.local");
        assertThat(found("https://zwdt.sh.gov.cn 和 8.8.8.8 和 172.32.0.1 和 11.0.0.1", MatchKind.INTRANET_ADDRESS))
                .isEmpty();
    }

    @Test
    void shouldTakeEachKindsActionFromTheSettings() {
        InternalInformation strict = new InternalInformation(
                new DetectorSettings(Map.of(MatchKind.MOBILE_NUMBER, ScreeningAction.BLOCK), List.of("保密"), List.of()));
        String text = "电话13912345678，内部资料，注意保密";

        assertThat(strict.find(text, WordForms.fold(text)))
                .extracting(ScreeningMatch::kind, ScreeningMatch::found, ScreeningMatch::action)
                .containsExactlyInAnyOrder(
                        tuple(MatchKind.MOBILE_NUMBER, "13912345678", ScreeningAction.BLOCK),
                        tuple(MatchKind.INTERNAL_MARKER, "保密", ScreeningAction.BLOCK));
    }

    @Test
    void shouldFindNothingInOrdinaryCopyWithPricesDatesAndServiceNumbers() {
        for (String text : List.of(
                "2021年7月15日上午9:30，公众开放日在松江主会场举行。",
                "日期：2021-07-15，时间 09:30-16:30。",
                "门票价格 ¥1,380.00 元，优惠价 13.9 元，共计 12345678 元。",
                "项目投资 6432 1234 元，面积 2021 0715 平方米。",
                "20210715 发布，编号 202107150001。",
                "市民可拨打12345市民热线或 400-821-5678 反映诉求。",
                "快递单号 SF1234567890123，订单号 1391234567890。",
                "第 15 个宣传项目，版本 3.10.2，坐标 31.19, 121.43。",
                "2021 年上半年公众满意度为 92.5%，比去年提高 1.2 个百分点。")) {
            assertThat(find(text)).as(text).isEmpty();
        }
    }
}
