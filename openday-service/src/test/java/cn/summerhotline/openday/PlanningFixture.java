package cn.summerhotline.openday;

import cn.summerhotline.testsupport.ServiceClient;
import cn.summerhotline.testsupport.TestTokens;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The records the generated checks probe the open day, venue and plan operations with: the seeded 2021 open day and
 * Xuhui's sub-venue, and Xuhui's 2021 plan (submitted here, if it is not there yet).
 */
final class PlanningFixture {

    /** The path parameters that name a district's records. */
    static final Set<String> RECORD_PARAMETERS = Set.of("id", "venueId", "planId");

    /** openday-service/README.md, "Open day, venues and district plans": who may call what. */
    static final Map<String, Set<String>> ROLES = Map.of(
            "PUT /api/v1/openday/{year}", Set.of("CITY_ADMIN"),
            "PUT /api/v1/openday/{year}/themes/{unit}", Set.of("CITY_ADMIN", "DISTRICT_ADMIN"),
            "POST /api/v1/openday/{year}/venues", Set.of("CITY_ADMIN", "DISTRICT_ADMIN"),
            "PUT /api/v1/openday/venues/{venueId}", Set.of("CITY_ADMIN", "DISTRICT_ADMIN"),
            "POST /api/v1/openday/{year}/plans", Set.of("DISTRICT_ADMIN", "INTEGRATION"),
            "GET /api/v1/openday/{year}/plans", Set.of("CITY_ADMIN", "DISTRICT_ADMIN", "INTEGRATION"),
            "GET /api/v1/openday/plans/{planId}", Set.of("CITY_ADMIN", "DISTRICT_ADMIN", "INTEGRATION"),
            "POST /api/v1/openday/plans/{planId}/decision", Set.of("CITY_ADMIN"));

    private PlanningFixture() {}

    static Map<String, String> create(int port) {
        ServiceClient.on(port)
                .post()
                .uri("/api/v1/openday/2021/plans")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.districtAdmin("xuhui")))
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"content\": \"徐汇区分会场方案\", \"activitiesSummary\": \"成效展示、志愿者服务\"}")
                .retrieve()
                .toBodilessEntity(); // 201, or 409 when an earlier test class left it
        return Map.of("year", "2021", "venueId", "2021-xuhui-sub", "planId", "2021-xuhui", "unit", "xuhui");
    }
}
