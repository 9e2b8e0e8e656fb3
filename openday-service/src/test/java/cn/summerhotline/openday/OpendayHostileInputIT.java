package cn.summerhotline.openday;

import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.hostile.HostileInputChecks;
import java.util.Map;

/** Every endpoint of openday-service against the generated hostile client. */
@ServiceTest
class OpendayHostileInputIT extends HostileInputChecks {

    @Override
    protected Map<String, String> pathValues() {
        return PlanningFixture.create(port);
    }
}
