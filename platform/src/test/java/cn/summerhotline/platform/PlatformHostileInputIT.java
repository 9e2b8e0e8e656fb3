package cn.summerhotline.platform;

import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.hostile.HostileInputChecks;
import java.util.Map;

/** The generated hostile client against the platform's own test service: what every service inherits. */
@ServiceTest(classes = PlatformTestApplication.class)
class PlatformHostileInputIT extends HostileInputChecks {

    @Override
    protected Map<String, String> pathValues() {
        return Map.of("id", "t-1");
    }

    @Override
    protected java.util.Set<String> notProbed() {
        return java.util.Set.of("GET /api/v1/things/broken"); // fails on purpose: the 500 test's endpoint
    }

    @Override
    protected int minimumRequests() {
        return 150;
    }
}
