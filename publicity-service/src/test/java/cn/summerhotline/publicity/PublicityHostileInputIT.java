package cn.summerhotline.publicity;

import cn.summerhotline.testsupport.RemoteService;
import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.hostile.HostileInputChecks;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every endpoint of publicity-service against the generated hostile client, about the seeded 2021 plan. */
@ServiceTest
class PublicityHostileInputIT extends HostileInputChecks {

    /** complaint-service stood in for: no resolved complaints, and none of the ids asked for. */
    @RegisterExtension
    static final RemoteService COMPLAINTS = RemoteService.named("complaint-service");

    @DynamicPropertySource
    static void remote(DynamicPropertyRegistry registry) {
        COMPLAINTS.register(registry);
    }

    @BeforeEach
    void complaints() {
        COMPLAINTS.answersProblem(404, "https://summerhotline.cn/problems/not-found", "未找到");
        COMPLAINTS.answersJson("/api/v1/complaints", "{\"items\": [], \"page\": 0, \"size\": 10, \"total\": 0}");
    }

    @Override
    protected Map<String, String> pathValues() {
        return Map.of("id", "p2021-04", "year", "2021");
    }
}
