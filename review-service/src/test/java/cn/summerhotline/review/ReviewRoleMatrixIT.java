package cn.summerhotline.review;

import cn.summerhotline.testsupport.hostile.RoleMatrixChecks;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Every role of the organisation against every endpoint of review-service. */
@ReviewServiceTest
class ReviewRoleMatrixIT extends RoleMatrixChecks {

    @Override
    protected Map<String, String> pathValues() {
        return ReviewFixture.create(port);
    }

    @Override
    protected Map<String, Set<String>> allowedRoles() {
        Map<String, Set<String>> roles = new HashMap<>();
        roles.putAll(screeningRoles());
        roles.putAll(workflowRoles());
        roles.putAll(publicRoles());
        // review-service/README.md, "Audit trail and statistics": the city bureau, district staff and reviewers.
        Set<String> oversight = Set.of("CITY_ADMIN", "DISTRICT_ADMIN", "REVIEWER");
        roles.put("GET /api/v1/reviews/audit.xlsx", oversight);
        roles.put("GET /api/v1/reviews/stats", oversight);
        return roles;
    }

    /**
     * Every reviewer and the city bureau read the word lists and try texts. Adding and removing entries is for
     * CITY_ADMIN and REVIEWER at unit city only, a rule of the unit that the matrix cannot state by role:
     * ScreeningApiIT holds it.
     */
    private static Map<String, Set<String>> screeningRoles() {
        return Map.of(
                "GET /api/v1/reviews/screening/words", Set.of("CITY_ADMIN", "REVIEWER"),
                "POST /api/v1/reviews/screening/screen", Set.of("CITY_ADMIN", "REVIEWER"));
    }

    /**
     * review-service/README.md, "Review workflow". Reviewers of every level are allowed the reviewers' actions: which
     * level and unit may take each is the item's own rule (409 or 403 on the item), asked after the role.
     */
    private static Map<String, Set<String>> workflowRoles() {
        Set<String> readers = Set.of("REVIEWER", "CITY_ADMIN", "DISTRICT_ADMIN", "SQUAD_OFFICER", "INTEGRATION");
        Set<String> reviewers = Set.of("REVIEWER");
        return Map.of(
                "POST /api/v1/reviews", Set.of("SQUAD_OFFICER", "DISTRICT_ADMIN", "CITY_ADMIN", "INTEGRATION"),
                "GET /api/v1/reviews", readers,
                "GET /api/v1/reviews/{id}", readers,
                "POST /api/v1/reviews/{id}/decisions", reviewers,
                "POST /api/v1/reviews/{id}/takedown", reviewers,
                "POST /api/v1/reviews/{id}/restore", reviewers);
    }

    /**
     * Reports and the public read are open to everybody, with a token or without (the document marks them public):
     * no role is refused. The fixture's item is pending, so every caller alike hears 404 from both.
     */
    private static Map<String, Set<String>> publicRoles() {
        Set<String> everybody =
                Set.of("CITY_ADMIN", "DISTRICT_ADMIN", "SQUAD_OFFICER", "REVIEWER", "OPERATOR", "INTEGRATION", "MEDIA");
        return Map.of(
                "POST /api/v1/reviews/reports", everybody,
                "POST /api/v1/reviews/public/reports", everybody,
                "GET /api/v1/reviews/public/{id}", everybody);
    }
}
