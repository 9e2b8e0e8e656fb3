package cn.summerhotline.publicity;

import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.hostile.RoleMatrixChecks;
import java.util.Map;

/** Every role of the organisation against every endpoint of publicity-service. */
@ServiceTest
class PublicityRoleMatrixIT extends RoleMatrixChecks {

    @Override
    protected Map<String, String> pathValues() {
        return Map.of();
    }
}
