package cn.summerhotline.publicity;

import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.hostile.RoleMatrixChecks;
import java.util.Map;
import java.util.Set;

/**
 * Every role of the organisation against every endpoint of publicity-service, about Xuhui's project of the seeded
 * 2021 plan (project 4). What the city bureau alone does is stated; the other operations keep the rules every
 * operation keeps (another district's project never shown or changed).
 */
@ServiceTest
class PublicityRoleMatrixIT extends RoleMatrixChecks {

    @Override
    protected Map<String, String> pathValues() {
        return Map.of("id", "p2021-04", "year", "2021");
    }

    @Override
    protected Map<String, Set<String>> allowedRoles() {
        Set<String> city = Set.of("CITY_ADMIN");
        return Map.of(
                "POST /api/v1/publicity/{year}/projects", city,
                "POST /api/v1/publicity/{year}/imports", city,
                "GET /api/v1/publicity/{year}/import-report", city,
                "GET /api/v1/publicity/import-template.xlsx", city,
                "PUT /api/v1/publicity/projects/{id}", Set.of("CITY_ADMIN", "DISTRICT_ADMIN"),
                "PUT /api/v1/publicity/projects/{id}/progress", Set.of("CITY_ADMIN", "DISTRICT_ADMIN"),
                "POST /api/v1/publicity/projects/{id}/coverage", Set.of("CITY_ADMIN", "DISTRICT_ADMIN"));
    }
}
