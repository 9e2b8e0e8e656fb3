package cn.summerhotline.platform;

import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.hostile.RoleMatrixChecks;
import java.util.Map;
import java.util.Set;

/** The role matrix against the platform's test service, whose one write is for CITY_ADMIN and OPERATOR. */
@ServiceTest(classes = PlatformTestApplication.class)
class PlatformRoleMatrixIT extends RoleMatrixChecks {

    @Override
    protected Map<String, String> pathValues() {
        return Map.of("id", "t-1");
    }

    @Override
    protected Set<String> notProbed() {
        return Set.of("GET /api/v1/things/broken"); // fails on purpose: the 500 test's endpoint
    }

    @Override
    protected Map<String, Set<String>> allowedRoles() {
        return Map.of("POST /api/v1/things", Set.of("CITY_ADMIN", "OPERATOR"));
    }
}
