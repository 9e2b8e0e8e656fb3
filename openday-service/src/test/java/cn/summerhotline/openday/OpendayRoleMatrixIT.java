package cn.summerhotline.openday;

import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.hostile.RoleMatrixChecks;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Every role of the organisation against every endpoint of openday-service. */
@ServiceTest
class OpendayRoleMatrixIT extends RoleMatrixChecks {

    @Override
    protected Map<String, String> pathValues() {
        return PlanningFixture.create(port);
    }

    @Override
    protected Set<String> recordParameters() {
        return PlanningFixture.RECORD_PARAMETERS;
    }

    @Override
    protected Map<String, Set<String>> allowedRoles() {
        Map<String, Set<String>> roles = new HashMap<>();
        roles.putAll(PlanningFixture.ROLES);
        return roles;
    }
}
