package cn.summerhotline.review.audit;

import static cn.summerhotline.review.audit.AuditDownloads.JULY;
import static cn.summerhotline.review.audit.AuditDownloads.XLSX;
import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.review.workflow.ReviewApi;
import cn.summerhotline.testsupport.Answer;
import cn.summerhotline.testsupport.TestTokens;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * What the audit export refuses, and how it and the statistics are documented: bad periods answer 400 in the
 * caller's language, the roles that hand content in 403, no token 401.
 */
class ReviewAuditRefusalsIT extends ReviewApi {

    @Test
    void shouldRefuseBadPeriodsWith400ProblemsInTheCallersLanguage() {
        for (String period : List.of(
                "?from=2025-07-01&to=2025-07-01",
                "?from=2025-08-01&to=2025-07-01",
                "?from=2025-01-01&to=2026-01-02",
                "?from=2025-13-01",
                "?to=yesterday",
                "?from=2025-07-01T00:00:00Z")) {
            Answer refused = get("/api/v1/reviews/audit.xlsx" + period, CITY_ADMIN);
            assertThat(refused.status()).as(period).isEqualTo(400);
            assertThat(refused.headers().getContentType()).as(period).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(JSON.readTree(refused.text()).path("type").asString())
                    .isEqualTo("https://summerhotline.cn/problems/invalid-request");
        }
        JsonNode tooLong = JSON.readTree(get("/api/v1/reviews/audit.xlsx?from=2025-01-01&to=2026-01-02", CITY_ADMIN)
                .text());
        assertThat(tooLong.path("detail").asString()).isEqualTo("期间最长一年：from 2025-01-01 至 to 2026-01-02 超过一年。");
        assertThat(tooLong.path("errors").get(0).path("field").asString()).isEqualTo("to");
        JsonNode english =
                JSON.readTree(AuditDownloads.englishProblem(port, "?from=2025-07-01&to=2025-07-01", CITY_ADMIN));
        assertThat(english.path("detail").asString()).startsWith("Invalid period: from (2025-07-01) must be before");
        assertThat(AuditDownloads.download(port, "?from=2025-01-01&to=2026-01-01", CITY_ADMIN, null)
                        .getStatusCode()
                        .value())
                .as("exactly a year")
                .isEqualTo(200);
    }

    @Test
    void shouldRefuseTheRolesThatHandContentInAndTheOnesWithoutAToken() throws IOException {
        for (String token :
                List.of(OFFICER, TestTokens.integration("xuhui"), TestTokens.operator(), TestTokens.media())) {
            Answer refused = get("/api/v1/reviews/audit.xlsx" + JULY, token);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(get("/api/v1/reviews/audit.xlsx" + JULY, null).status()).isEqualTo(401);
    }

    @Test
    void shouldDocumentTheExportAndTheStatisticsWithTheirMediaTypesExamplesAndErrors() throws IOException {
        JsonNode paths = JSON.readTree(get("/v3/api-docs", null).text()).path("paths");
        JsonNode export = paths.path("/api/v1/reviews/audit.xlsx").path("get");
        JsonNode stats = paths.path("/api/v1/reviews/stats").path("get");

        assertThat(export.path("summary").asString()).contains("导出审计记录");
        assertThat(export.path("responses").path("200").path("content").has(XLSX))
                .isTrue();
        for (JsonNode operation : List.of(export, stats)) {
            JsonNode badPeriod =
                    operation.path("responses").path("400").path("content").path("application/problem+json");
            assertThat(badPeriod
                            .path("examples")
                            .path("period")
                            .path("value")
                            .path("detail")
                            .asString())
                    .contains("期间最长一年");
            assertThat(operation.path("responses").has("401")).isTrue();
            assertThat(operation.path("responses").has("403")).isTrue();
            assertThat(operation.path("parameters").findValuesAsString("name")).contains("from", "to");
        }
        assertThat(stats.path("responses")
                        .path("200")
                        .path("content")
                        .path("application/json")
                        .path("examples")
                        .has("xuhui"))
                .isTrue();
    }
}
