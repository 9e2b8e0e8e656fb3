package cn.summerhotline.publicity;

import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.hostile.HostileInputChecks;
import java.util.Map;

/** Every endpoint of publicity-service against the generated hostile client. */
@ServiceTest
class PublicityHostileInputIT extends HostileInputChecks {

    @Override
    protected Map<String, String> pathValues() {
        return Map.of();
    }

    @Override
    protected int minimumRequests() {
        return 20;
    }
}
