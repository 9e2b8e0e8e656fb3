package cn.summerhotline.review.audit;

import static cn.summerhotline.review.audit.AuditDownloads.JULY;
import static cn.summerhotline.review.audit.AuditDownloads.XLSX;
import static cn.summerhotline.review.audit.AuditDownloads.header;
import static cn.summerhotline.review.audit.AuditDownloads.rows;
import static cn.summerhotline.review.audit.AuditDownloads.text;
import static cn.summerhotline.review.audit.Histories.BY_CITY;
import static cn.summerhotline.review.audit.Histories.BY_DISTRICT;
import static cn.summerhotline.review.audit.Histories.BY_JIADING;
import static cn.summerhotline.review.audit.Histories.BY_JIADING_ADMIN;
import static cn.summerhotline.review.audit.Histories.BY_SQUAD;
import static cn.summerhotline.review.audit.Histories.T;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.review.workflow.ReviewApi;
import cn.summerhotline.review.workflow.application.ReviewItems;
import cn.summerhotline.review.workflow.model.ReviewItem;
import cn.summerhotline.review.workflow.model.TakedownKind;
import cn.summerhotline.testsupport.TestTokens;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The audit trail's xlsx export as a spreadsheet reader opens it: one row per history entry of the period, the
 * caller's units only, headers and names in Chinese or English, times as dates, bad periods refused.
 */
class ReviewAuditExportIT extends ReviewApi {

    private static final int AT = 0;
    private static final int ITEM = 1;
    private static final int STEP = 6;
    private static final int LEVEL = 7;
    private static final int UNIT = 8;
    private static final int ACTOR = 10;
    private static final int REASON = 13;
    private static final int KIND = 14;

    @Autowired
    ReviewItems reviewItems;

    private ReviewItem published;
    private ReviewItem jiading;
    private ReviewItem june;

    @BeforeEach
    void histories() {
        // Xuhui: submitted, screened, approved three times, reported three times and hidden, restored, taken down.
        published = store(Histories.bySquad("a-1", T)
                .approve(BY_SQUAD, ofHours(2))
                .approve(BY_DISTRICT, ofHours(4))
                .approve(BY_CITY, ofHours(10))
                .reportedAndHidden(3, ofHours(1))
                .restore(BY_CITY, "经复核内容属实", ofMinutes(30))
                .takeDown(BY_CITY, TakedownKind.PUBLIC_OPINION, "市民来电13912345678反映引发舆情", ofHours(1)));
        jiading = store(Histories.byDistrict("j-1", BY_JIADING_ADMIN, T.plus(ofHours(1)))
                .reject(BY_JIADING, "图片不清晰", ofHours(3)));
        // Submitted and approved at squad level in June (Shanghai time), waiting at the district since.
        june = store(Histories.bySquad("b-1", T.minus(ofHours(24 * 10))).approve(BY_SQUAD, ofHours(1)));
    }

    @Test
    void shouldListEveryEntryOfThePeriodAsARowForTheCityBureau() throws IOException {
        try (XSSFWorkbook workbook = export(JULY, CITY_ADMIN, null)) {
            List<Row> rows = rows(workbook);

            // published: 2 + 3 approvals + 3 reports + hide + restore + takedown; jiading: 2 + rejection.
            assertThat(rows).hasSize(11 + 3);
            assertThat(rows).noneMatch(row -> text(row, ITEM).equals(june.id()));
            List<String> steps = rows.stream()
                    .filter(row -> text(row, ITEM).equals(published.id()))
                    .map(row -> text(row, STEP))
                    .toList();
            assertThat(steps)
                    .containsExactly(
                            "提交审核", "自动预审", "审核通过", "审核通过", "审核通过", "被举报", "被举报", "被举报", "因举报隐藏", "恢复发布", "下架");
            Row takedown = rows.get(rows.size() - 1);
            assertThat(text(takedown, LEVEL)).isEqualTo("市局审核");
            assertThat(text(takedown, KIND)).isEqualTo("引发舆情");
            assertThat(text(takedown, ACTOR)).isEqualTo("city-reviewer");
            assertThat(text(takedown, REASON)).isEqualTo("市民来电139****5678反映引发舆情");
            assertThat(text(rows.get(1), ACTOR)).isEqualTo("系统");
            assertThat(rows.stream().filter(row -> text(row, STEP).equals("被举报")))
                    .allMatch(row -> text(row, ACTOR).equals("公众"));
        }
    }

    @Test
    void shouldWriteTimesAsExcelDatesInBeijingTimeOldestFirst() throws IOException {
        try (XSSFWorkbook workbook = export(JULY, CITY_ADMIN, null)) {
            List<Row> rows = rows(workbook);
            Cell first = rows.get(0).getCell(AT);

            assertThat(first.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(first)).isTrue();
            assertThat(first.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2025, 7, 10, 8, 0));
            List<LocalDateTime> times = rows.stream()
                    .map(row -> row.getCell(AT).getLocalDateTimeCellValue())
                    .toList();
            assertThat(times).isSorted();
            assertThat(times.get(times.size() - 1))
                    .isEqualTo(
                            LocalDateTime.ofInstant(published.history().get(10).at(), ZoneId.of("Asia/Shanghai")));
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:O15");
        }
    }

    @Test
    void shouldWriteChineseByDefaultAndEnglishOnRequest() throws IOException {
        try (XSSFWorkbook zh = export(JULY, CITY_ADMIN, null);
                XSSFWorkbook en = export(JULY, CITY_ADMIN, "en")) {
            assertThat(header(zh))
                    .containsExactly(
                            "时间", "审核事项", "来源", "内容编号", "标题", "版本", "操作", "层级", "单位", "班组", "操作人", "操作人单位", "操作后状态",
                            "理由", "类别");
            assertThat(header(en))
                    .startsWith("Time", "Review item", "Source", "Content id", "Title", "Version", "Action", "Level");
            assertThat(zh.getSheetName(0)).isEqualTo("审核审计记录");
            assertThat(en.getSheetName(0)).isEqualTo("Review audit trail");
            Row takedown = rows(en).get(rows(en).size() - 1);
            assertThat(text(takedown, STEP)).isEqualTo("Taken down");
            assertThat(text(takedown, LEVEL)).isEqualTo("City bureau review");
            assertThat(text(takedown, KIND)).isEqualTo("Public-opinion incident");
            assertThat(text(rows(en).get(1), ACTOR)).isEqualTo("System");
        }
    }

    @Test
    void shouldShowADistrictItsOwnUnitOnly() throws IOException {
        try (XSSFWorkbook xuhui = export(JULY, XUHUI_ADMIN, null);
                XSSFWorkbook jiadingAdmin = export(JULY, TestTokens.districtAdmin("jiading"), null);
                XSSFWorkbook xuhuiReviewer = export(JULY, DISTRICT_REVIEWER, null)) {
            assertThat(rows(xuhui)).hasSize(11).allMatch(row -> text(row, UNIT).equals("xuhui"));
            assertThat(rows(xuhuiReviewer)).hasSize(11);
            assertThat(rows(jiadingAdmin))
                    .hasSize(3)
                    .allMatch(row -> text(row, UNIT).equals("jiading"))
                    .noneMatch(row -> text(row, ITEM).equals(published.id()));
        }
        try (XSSFWorkbook squad = export(JULY, SQUAD_REVIEWER_TOKEN, null);
                XSSFWorkbook otherSquad = export(JULY, OTHER_SQUAD_REVIEWER, null)) {
            assertThat(rows(squad)).hasSize(11);
            assertThat(rows(otherSquad)).isEmpty();
        }
    }

    @Test
    void shouldTakeThePeriodsDaysInShanghaiTime() throws IOException {
        // 2025-06-30 in Shanghai holds the June item's submission, pre-screen and approval; the 1st of July none.
        try (XSSFWorkbook lastOfJune = export("?from=2025-06-30&to=2025-07-01", CITY_ADMIN, null)) {
            assertThat(rows(lastOfJune))
                    .hasSize(3)
                    .allMatch(row -> text(row, ITEM).equals(june.id()));
        }
        try (XSSFWorkbook firstOfJuly = export("?from=2025-07-01&to=2025-07-02", CITY_ADMIN, null)) {
            assertThat(rows(firstOfJuly)).isEmpty();
        }
    }

    @Test
    void shouldAnswerAFileNamedAfterItsPeriod() throws IOException {
        ResponseEntity<byte[]> answer = AuditDownloads.download(port, JULY, CITY_ADMIN, null);

        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType(XLSX));
        assertThat(answer.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("review-audit_2025-07-01_2025-08-01.xlsx");
    }

    private static final String SQUAD_REVIEWER_TOKEN = TestTokens.reviewer("xuhui", "xuhui-tianping");

    private ReviewItem store(Histories history) {
        assertThat(reviewItems.add(history.item())).isTrue();
        return history.item();
    }

    private XSSFWorkbook export(String query, String token, String language) {
        return AuditDownloads.export(port, query, token, language);
    }
}
