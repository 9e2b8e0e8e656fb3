package cn.summerhotline.review;

import cn.summerhotline.testsupport.hostile.HostileInputChecks;
import java.util.Map;

/** Every endpoint of review-service against the generated hostile client. */
@ReviewServiceTest
class ReviewHostileInputIT extends HostileInputChecks {

    @Override
    protected Map<String, String> pathValues() {
        return ReviewFixture.create(port);
    }
}
