package cn.summerhotline.openday.plan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.Answer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** A district system that lost an answer sends its submission again with the same Idempotency-Key. */
class PlanRetriesIT extends PlanCalls {

    private static final String BODY = json("content", "徐汇区方案", "activitiesSummary", "成效展示");

    @Test
    void shouldAnswerTheSamePlanToARetryWithTheSameKeyAndSubmitNothingTwice() {
        Answer first = submitWithKey("key-1", BODY).expect(201);
        Answer again = submitWithKey("key-1", BODY).expect(201);

        assertThat(first.headers().getFirst("Idempotent-Replayed")).isEqualTo("false");
        assertThat(again.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().path("id").asString()).isEqualTo(planId("xuhui"));
        assertThat(again.json().path("versions")).hasSize(1);
        submitWithKey("key-2", BODY).refused(409, "plan-not-returned");
    }

    @Test
    void shouldRefuseTheSameKeyForAnotherSubmission() {
        submitWithKey("key-1", BODY).expect(201);
        var before = stored("district_plans");

        submitWithKey("key-1", json("content", "另一份方案", "activitiesSummary", "成效展示"))
                .refused(422, "idempotency-key-reused");

        assertThat(stored("district_plans")).isEqualTo(before);
    }

    private Answer submitWithKey(String key, String body) {
        return call(HttpMethod.POST, PLANS, XUHUI_SYSTEM, body, Map.of("Idempotency-Key", key));
    }
}
