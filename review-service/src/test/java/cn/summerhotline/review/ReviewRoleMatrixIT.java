package cn.summerhotline.review;

import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.hostile.RoleMatrixChecks;
import java.util.Map;

/** Every role of the organisation against every endpoint of review-service. */
@ServiceTest
class ReviewRoleMatrixIT extends RoleMatrixChecks {

    @Override
    protected Map<String, String> pathValues() {
        return Map.of();
    }
}
