package cn.summerhotline.publicity.importing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanCheckTest {

    private static final PlanDocument.Campaign CAMPAIGN =
            new PlanDocument.Campaign(LocalDate.of(2031, 7, 12), LocalDate.of(2031, 8, 20), null);

    private static PlanDocument.ProjectRow row(
            int number, int theme, String title, String implementing, String period, String description) {
        return new PlanDocument.ProjectRow(
                number, theme, title, List.of("市城管执法局"), List.of(implementing), period, description, List.of());
    }

    private static PlanDocument plan(List<PlanDocument.ThemeRow> themes, PlanDocument.ProjectRow... rows) {
        return new PlanDocument(2031, "计划", "test", CAMPAIGN, themes, List.of(rows));
    }

    private static final List<PlanDocument.ThemeRow> THEMES = List.of(
            new PlanDocument.ThemeRow(1, "凝心聚力助推国家战略", "助推国家战略"), new PlanDocument.ThemeRow(2, "全心全意办好民生实事", "办好民生实事"));

    @Test
    void shouldImportAPlanWithoutDefectsWhole() {
        CheckedPlan checked = PlanCheck.check(
                2031,
                plan(
                        THEMES,
                        row(1, 1, "毗邻区域共同管辖执法", "青浦区城管执法局", "7 月", "青浦城管签订协议。"),
                        row(2, 2, "开展夏季专项执法行动", "市局办公室", "8 月上旬", "")));

        assertThat(checked.defects()).isEmpty();
        assertThat(checked.projects()).hasSize(2);
        assertThat(checked.projects().get(1).plan().period().end()).isEqualTo(LocalDate.of(2031, 8, 10));
    }

    @Test
    void shouldReportEachKindOfDefectAndLeaveOutOnlyTheProjectsWithErrors() {
        CheckedPlan checked = PlanCheck.check(
                2031,
                plan(
                        List.of(THEMES.get(0), THEMES.get(1), new PlanDocument.ThemeRow(3, "整合融合推动行业发展", "推动行业发展")),
                        row(1, 1, "毗邻区域共同管辖执法", "青浦区城管执法局", "7月", "青浦"),
                        row(2, 1, "区域协作", "火星区城管执法局", "7月", ""),
                        row(3, 1, "冬季宣传", "崇明区城管执法局", "12月", ""),
                        row(4, 2, "毗邻区域共同管辖执法", "青浦区城管执法局", "7月", "青浦"),
                        row(5, 2, "工地文明施工", "嘉定区城管执法局", "7月", "徐汇区局规范建筑工地文明施工监管。"),
                        row(6, 2, "某项目", "普陀区城管执法局", "八月中", ""),
                        row(7, 9, "某项目", "普陀区城管执法局", "8月", ""),
                        row(7, 2, "重复编号", "普陀区城管执法局", "8月", ""),
                        row(8, 2, " ", "普陀区城管执法局", "8月", ""),
                        new PlanDocument.ProjectRow(
                                9, 2, "案例", List.of("市局"), List.of("普陀区"), "8月", "", List.of("NO_SUCH_CATEGORY"))));

        assertThat(checked.defects())
                .extracting(Defect::kind, Defect::project)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(DefectKind.UNKNOWN_DEPARTMENT, 2),
                        org.assertj.core.groups.Tuple.tuple(DefectKind.PERIOD_OUTSIDE_CAMPAIGN, 3),
                        org.assertj.core.groups.Tuple.tuple(DefectKind.DUPLICATE_TITLE_AND_DEPARTMENT, 4),
                        org.assertj.core.groups.Tuple.tuple(DefectKind.TEXT_ABOUT_ANOTHER_UNIT, 5),
                        org.assertj.core.groups.Tuple.tuple(DefectKind.INVALID_PERIOD, 6),
                        org.assertj.core.groups.Tuple.tuple(DefectKind.UNKNOWN_THEME, 7),
                        org.assertj.core.groups.Tuple.tuple(DefectKind.DUPLICATE_NUMBER, 7),
                        org.assertj.core.groups.Tuple.tuple(DefectKind.MISSING_FIELD, 8),
                        org.assertj.core.groups.Tuple.tuple(DefectKind.INVALID_CATEGORY, 9),
                        org.assertj.core.groups.Tuple.tuple(DefectKind.THEME_WITHOUT_PROJECTS, null));
        assertThat(checked.projects()).extracting(CheckedPlan.Accepted::number).containsExactly(1, 3, 4, 5);
        Defect duplicate = checked.defects().stream()
                .filter(d -> d.kind() == DefectKind.DUPLICATE_TITLE_AND_DEPARTMENT)
                .findFirst()
                .orElseThrow();
        assertThat(duplicate.values()).containsExactly("毗邻区域共同管辖执法", "1", "青浦区");
        assertThat(duplicate.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void shouldRefuseAPlanOfAnotherYearOrWithoutCampaignDates() {
        PlanDocument.ProjectRow one = row(1, 1, "项目", "青浦区", "7月", "");
        assertThatThrownBy(() -> PlanCheck.check(2032, plan(THEMES, one)))
                .isInstanceOf(PlanRejected.class)
                .hasMessageContaining("other-year");
        assertThatThrownBy(() -> PlanCheck.check(2031, new PlanDocument(2031, null, null, null, THEMES, List.of(one))))
                .hasMessageContaining("no-campaign");
    }

    @Test
    void shouldResolveDepartmentsByPrintedNameNameOrCode() {
        assertThat(Departments.resolve("浦东新区城管执法局")).map(u -> u.code()).contains("pudong");
        assertThat(Departments.resolve("市城管执法局")).map(u -> u.code()).contains("city");
        assertThat(Departments.resolve("执法协调处")).map(u -> u.code()).contains("city-coordination");
        assertThat(Departments.resolve("xuhui")).map(u -> u.code()).contains("xuhui");
        assertThat(Departments.resolve("徐 汇 区")).map(u -> u.code()).contains("xuhui");
        assertThat(Departments.resolve("吴江区城管执法局")).isEmpty();
    }
}
