package cn.summerhotline.publicity;

import cn.summerhotline.testsupport.RemoteService;
import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.hostile.RoleMatrixChecks;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every role of the organisation against every endpoint of publicity-service, about Xuhui's project of the seeded
 * 2021 plan (project 4). What the city bureau alone does is stated; the other operations keep the rules every
 * operation keeps (another district's project never shown or changed).
 */
@ServiceTest
class PublicityRoleMatrixIT extends RoleMatrixChecks {

    /** complaint-service stood in for: no resolved complaints, and none of the ids asked for. */
    @RegisterExtension
    static final RemoteService COMPLAINTS = RemoteService.named("complaint-service");

    @DynamicPropertySource
    static void remote(DynamicPropertyRegistry registry) {
        COMPLAINTS.register(registry);
    }

    @BeforeEach
    void complaints() {
        COMPLAINTS.answersProblem(404, "https://summerhotline.cn/problems/not-found", "未找到");
        COMPLAINTS.answersJson("/api/v1/complaints", "{\"items\": [], \"page\": 0, \"size\": 10, \"total\": 0}");
    }

    @Override
    protected Map<String, String> pathValues() {
        return Map.of("id", "p2021-04", "year", "2021");
    }

    @Override
    protected Map<String, Set<String>> allowedRoles() {
        Set<String> city = Set.of("CITY_ADMIN");
        Set<String> contributors = Set.of("CITY_ADMIN", "DISTRICT_ADMIN", "SQUAD_OFFICER");
        return Map.ofEntries(
                Map.entry("POST /api/v1/publicity/projects/{id}/contents", contributors),
                Map.entry("PUT /api/v1/publicity/contents/{id}", contributors),
                Map.entry("POST /api/v1/publicity/contents/{id}/submit", contributors),
                Map.entry("POST /api/v1/publicity/projects/{id}/case-studies", contributors),
                Map.entry(
                        "GET /api/v1/publicity/projects/{id}/case-candidates", Set.of("CITY_ADMIN", "DISTRICT_ADMIN")),
                Map.entry("POST /api/v1/publicity/{year}/projects", city),
                Map.entry("POST /api/v1/publicity/{year}/imports", city),
                Map.entry("GET /api/v1/publicity/{year}/import-report", city),
                Map.entry("GET /api/v1/publicity/import-template.xlsx", city),
                Map.entry("PUT /api/v1/publicity/projects/{id}", Set.of("CITY_ADMIN", "DISTRICT_ADMIN")),
                Map.entry("PUT /api/v1/publicity/projects/{id}/progress", Set.of("CITY_ADMIN", "DISTRICT_ADMIN")),
                Map.entry("POST /api/v1/publicity/projects/{id}/coverage", Set.of("CITY_ADMIN", "DISTRICT_ADMIN")));
    }
}
