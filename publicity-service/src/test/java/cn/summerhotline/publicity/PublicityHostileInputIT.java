package cn.summerhotline.publicity;

import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.hostile.HostileInputChecks;
import java.util.Map;

/** Every endpoint of publicity-service against the generated hostile client, about the seeded 2021 plan. */
@ServiceTest
class PublicityHostileInputIT extends HostileInputChecks {

    @Override
    protected Map<String, String> pathValues() {
        return Map.of("id", "p2021-04", "year", "2021");
    }
}
