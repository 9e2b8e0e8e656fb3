package cn.summerhotline.review;

import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.hostile.RoleMatrixChecks;
import java.util.Map;
import java.util.Set;

/** Every role of the organisation against every endpoint of review-service. */
@ServiceTest
class ReviewRoleMatrixIT extends RoleMatrixChecks {

    @Override
    protected Map<String, Set<String>> allowedRoles() {
        return Map.ofEntries(
                // screening: every reviewer and the city bureau read the word lists and try texts. Adding and
                // removing entries is for CITY_ADMIN and REVIEWER at unit city only, a rule of the unit that the
                // matrix cannot state by role: ScreeningApiIT holds it.
                Map.entry("GET /api/v1/reviews/screening/words", Set.of("CITY_ADMIN", "REVIEWER")),
                Map.entry("POST /api/v1/reviews/screening/screen", Set.of("CITY_ADMIN", "REVIEWER")));
    }
}
