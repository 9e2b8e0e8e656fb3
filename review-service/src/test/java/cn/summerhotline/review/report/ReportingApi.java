package cn.summerhotline.review.report;

import cn.summerhotline.review.report.application.ReportAllowance;
import cn.summerhotline.review.workflow.ReviewApi;
import cn.summerhotline.testsupport.Answer;
import cn.summerhotline.testsupport.ServiceClient;
import cn.summerhotline.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * The base of the reports' tests: the public's reports as a citizen sends them through the gateway, with no
 * token, the gateway's {@code X-Forwarded-For} naming the client (the test calls from loopback, the trusted proxy
 * of the platform's configuration, as the gateway does), every client's allowance forgotten before each test.
 */
abstract class ReportingApi extends ReviewApi {

    @Autowired
    ReportAllowance allowance;

    @BeforeEach
    void forgetClients() {
        allowance.forgetAll();
    }

    /** A report from the client at {@code address}, with a token when {@code token} is not null. */
    Answer report(String address, String token, String body) {
        var request = ServiceClient.on(port)
                .post()
                .uri("/api/v1/reviews/reports")
                .header("X-Forwarded-For", address)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
        }
        return answer(request.retrieve().toEntity(String.class));
    }

    Answer report(String address, String reviewId) {
        return report(address, null, json("reviewId", reviewId, "reason", "内容与事实不符"));
    }

    Answer publicRead(String id) {
        return get("/api/v1/reviews/public/" + id, null);
    }

    static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }
}
