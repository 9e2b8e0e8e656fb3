package cn.summerhotline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.TestTokens;
import cn.summerhotline.testsupport.hostile.RawHttp;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a client sees when it gets something wrong, whichever layer notices: the controller, Spring's
 * binding and JSON reading, the security filters, Tomcat itself. Always 4xx problem+json with a stable
 * type, in Chinese unless English is asked for.
 */
@ServiceTest(classes = PlatformTestApplication.class)
class ErrorAnswersIT {

    @LocalServerPort
    int port;

    @Test
    void shouldAnswerInChineseByDefaultAndInEnglishOnRequest() {
        var chinese = send("GET /api/v1/things/t-1", "");
        var english = send("GET /api/v1/things/t-1", "Accept-Language: en-GB,en;q=0.8\r\n");
        var other = send("GET /api/v1/things/t-1", "Accept-Language: fr-FR\r\n");

        assertProblem(chinese, 401, "unauthenticated");
        assertThat(chinese.text()).contains("\"title\":\"未登录\"").contains("需要有效的 Bearer 令牌");
        assertThat(chinese.header("content-language")).isEqualTo("zh-CN");
        assertThat(english.text()).contains("\"title\":\"Unauthenticated\"").contains("A valid bearer token");
        assertThat(other.text()).contains("未登录");
    }

    @Test
    void shouldGiveValidationMessagesInTheCallersLanguage() {
        String body = "{\"name\":\"\",\"score\":9}";
        var chinese = post("/api/v1/things", body, "");
        var english = post("/api/v1/things", body, "Accept-Language: en\r\n");

        assertProblem(chinese, 400, "invalid-request");
        assertThat(chinese.text()).contains("部分字段无效").contains("不能为空");
        assertThat(english.text()).contains("Some fields are invalid").contains("must not be blank");
    }

    @Test
    void shouldNameTheBodysFieldsWhenTheMethodIsValidatedAsAWhole() {
        var answer = post("/api/v1/things/2021/scores", "{\"name\":\"\",\"score\":9}", "");

        assertProblem(answer, 400, "invalid-request");
        assertThat(answer.text())
                .contains("\"field\":\"name\"")
                .contains("\"field\":\"score\"")
                .doesNotContain("\"field\":\"thing\"");
        assertThat(post("/api/v1/things/2021/scores", "{\"name\":\"松江\",\"score\":3}", "")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void shouldRefuseJsonOfTheWrongTypesInsteadOfCoercingThem() {
        String valid = "{\"place\":\"松江主会场\",\"at\":\"2021-07-15T09:30:00+08:00\",\"lat\":31.03,\"guided\":true}";
        assertThat(post("/api/v1/things/visits", valid, "").status()).isEqualTo(200);

        for (String wrong : new String[] {
            "{\"place\":123,\"at\":\"2021-07-15T09:30:00+08:00\",\"lat\":31.03}",
            "{\"place\":true,\"at\":\"2021-07-15T09:30:00+08:00\",\"lat\":31.03}",
            "{\"place\":\"松江\",\"at\":1626312600,\"lat\":31.03}",
            "{\"place\":\"松江\",\"at\":\"+999999999-12-31T00:00:00Z\",\"lat\":31.03}",
            "{\"place\":\"松江\",\"at\":\"2021-07-15T09:30:00+08:00\",\"lat\":\"31.03\"}",
            "{\"place\":\"松江\",\"at\":\"2021-07-15T09:30:00+08:00\",\"lat\":31.03,\"guided\":\"yes\"}",
            "{\"place\":\"松\\u0000江\",\"at\":\"2021-07-15T09:30:00+08:00\",\"lat\":31.03}",
            "{\"place\":\"松江\",\"at\":\"2021-07-15T09:30:00+08:00\",\"lat\":31.03} trailing"
        }) {
            var answer = post("/api/v1/things/visits", wrong, "");
            assertProblem(answer, 400, "malformed-request");
        }
        assertThat(post("/api/v1/things/visits", "{\"place\":123,\"at\":\"2021-07-15T09:30:00Z\",\"lat\":1}", "")
                        .text())
                .contains("\"field\":\"place\"");
    }

    @Test
    void shouldRefuseBodiesOverTheLimitWithOrWithoutALength() {
        String big = "{\"name\":\"" + "a".repeat(1_200_000) + "\",\"score\":3}";
        var withLength = post("/api/v1/things", big, "");
        var chunked = RawHttp.send(
                port,
                ("POST /api/v1/things HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                                + "Authorization: Bearer " + TestTokens.cityAdmin()
                                + "\r\nContent-Type: application/json\r\n"
                                + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(big.length()) + "\r\n"
                                + big
                                + "\r\n0\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));

        assertProblem(withLength, 413, "payload-too-large");
        assertProblem(chunked, 413, "payload-too-large");
    }

    @Test
    void shouldRefuseQueryValuesOutsideWhatTheApiMeans() {
        assertThat(get("/api/v1/things?page=2&from=2021-07-15").status()).isEqualTo(200);

        assertProblem(get("/api/v1/things?from=1800-01-01"), 400, "invalid-request");
        assertProblem(get("/api/v1/things?page=0x10"), 400, "invalid-request");
        assertProblem(get("/api/v1/things?from=%2B999999999-12-31"), 400, "invalid-request");
        assertProblem(get("/api/v1/things?district%5B%24ne%5D=x"), 400, "invalid-request");
        assertProblem(get("/api/v1/things?district.x=1"), 400, "invalid-request");
        assertProblem(get("/api/v1/things?place=%00"), 400, "invalid-request");
        assertProblem(get("/api/v1/things?place=%FF%FE"), 400, "invalid-request");
    }

    @Test
    void shouldAnswerWhatTomcatRefusesAsProblems() {
        assertProblem(get("/api/v1/things?district[$ne]=x"), 400, "bad-request");
        assertProblem(get("/api/v1/things/%00"), 400, "bad-request");
        assertProblem(get("/api/v1/things/%C0%AF"), 400, "bad-request");
        assertProblem(send("GET /api/v1/things", "X-Padding: " + "a".repeat(20_000) + "\r\n"), 400, "bad-request");
        assertProblem(send("TRACE /api/v1/things", ""), 405, "method-not-allowed");
    }

    @Test
    void shouldAnswerWhatTheFirewallRefusesAsProblems() {
        assertProblem(get("/api/v1/things;jsessionid=x"), 400, "bad-request");
        assertProblem(get("/api/v1/things/t-1/.."), 400, "bad-request");
        assertProblem(get("/api/v1/things/%2e%2e/t-1"), 400, "bad-request");
    }

    @Test
    void shouldAnswerTheErrorPathItselfAsAnUnknownOne() {
        assertProblem(get("/error"), 404, "not-found");
    }

    @Test
    void shouldRefuseATokenWithoutExpiry() {
        var answer = send(
                "GET /api/v1/things/t-1",
                "Authorization: Bearer " + TestTokens.tokenWithoutExpiry("x", "city", "CITY_ADMIN") + "\r\n");

        assertProblem(answer, 401, "unauthenticated");
    }

    private RawHttp.Answer get(String target) {
        return send("GET " + target, "Authorization: Bearer " + TestTokens.cityAdmin() + "\r\n");
    }

    private RawHttp.Answer post(String path, String body, String headers) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send(
                "POST " + path,
                headers + "Authorization: Bearer " + TestTokens.cityAdmin() + "\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + bytes.length + "\r\n",
                bytes);
    }

    private RawHttp.Answer send(String requestLine, String headers) {
        return send(requestLine, headers, new byte[0]);
    }

    private RawHttp.Answer send(String requestLine, String headers, byte[] body) {
        byte[] head = (requestLine + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + headers + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] request = new byte[head.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        return RawHttp.send(port, request);
    }

    private static void assertProblem(RawHttp.Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.header("content-type")).startsWith("application/problem+json");
        assertThat(answer.text()).contains("\"type\":\"https://summerhotline.cn/problems/" + type + "\"");
    }
}
