package cn.summerhotline.openday.plan;

import cn.summerhotline.openday.PlanningApi;
import cn.summerhotline.testsupport.Answer;

/** Plan calls the plan tests share. */
abstract class PlanCalls extends PlanningApi {

    static final String PLANS = "/api/v1/openday/" + YEAR + "/plans";

    Answer submit(String token, String content) {
        return post(PLANS, token, json("content", content, "activitiesSummary", "成效展示、志愿者普法、文艺展示"));
    }

    Answer decide(String planId, String token, String decision, String comment) {
        return post(
                "/api/v1/openday/plans/" + planId + "/decision", token, json("decision", decision, "comment", comment));
    }

    Answer board(String token) {
        return get(PLANS, token);
    }

    static String planId(String district) {
        return YEAR + "-" + district;
    }
}
