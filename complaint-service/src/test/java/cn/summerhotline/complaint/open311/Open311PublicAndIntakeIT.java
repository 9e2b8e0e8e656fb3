package cn.summerhotline.complaint.open311;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.complaint.ComplaintApi;
import cn.summerhotline.testsupport.TestTokens;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

/** GeoReport's public reads, and intake through Open311 checked as strictly as through the REST API. */
class Open311PublicAndIntakeIT extends ComplaintApi {

    private static final String DESCRIPTION = "群租<b>&\"隔断\"</b>，房东王小明电话139-1234-5678或+86 137 1234 5678";

    private MultiValueMap<String, String> validForm() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("service_code", "GROUP_RENTING");
        form.add("lat", "31.19");
        form.add("long", "121.43");
        form.add("address_string", "徐汇区某小区3号楼");
        form.add("description", DESCRIPTION);
        form.add("first_name", "小明");
        form.add("last_name", "王");
        form.add("phone", "13812345678");
        return form;
    }

    private ResponseEntity<String> postForm(String token, MultiValueMap<String, String> form) {
        var request = http.post().uri("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
        }
        return request.body(form).retrieve().toEntity(String.class);
    }

    /** A GET of a path whose query is already percent-encoded (a plus sign must reach the server as %2B). */
    private ResponseEntity<String> getEncoded(String pathAndQuery, String token) {
        var request = http.get().uri(java.net.URI.create("http://127.0.0.1:" + port + pathAndQuery));
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
        }
        return request.retrieve().toEntity(String.class);
    }

    private String createThroughOpen311() {
        ResponseEntity<String> created = postForm(TestTokens.integration("xuhui"), validForm());
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        return json(created).get(0).get("service_request_id").asString();
    }

    /**
     * What the platform refuses before Open311 reads the form (control characters in a parameter, a body
     * over the limit) is answered as problem+json, as on every other path.
     */
    private static void assertPlatformProblem(ResponseEntity<String> response, int status) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(json(response).get("status").asInt()).isEqualTo(status);
    }

    private static void assertGeoReportError(ResponseEntity<String> response, int status) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(json(response).get(0).get("code").asInt()).isEqualTo(status);
    }

    @Test
    void shouldServeRequestsWithoutAKeyWithThePublicFieldsOnly() {
        String id = createThroughOpen311();
        String number = json(get("/api/v1/complaints/" + id, TestTokens.cityAdmin()))
                .get("trackingNumber")
                .asString();

        ResponseEntity<String> list = get("/open311/v2/requests.json", null);
        ResponseEntity<String> one = get("/open311/v2/requests/" + id + ".json", null);

        assertThat(list.getStatusCode().value()).isEqualTo(200);
        assertThat(one.getStatusCode().value()).isEqualTo(200);
        for (ResponseEntity<String> open : java.util.List.of(list, one)) {
            JsonNode request = json(open).get(0);
            assertThat(request.get("service_request_id").asString()).isEqualTo(id);
            assertThat(request.get("description").asString()).contains("139****5678", "137****5678", "王**");
            assertThat(open.getBody())
                    .doesNotContain("1234-5678")
                    .doesNotContain("1234 5678")
                    .doesNotContain("13812345678")
                    .doesNotContain("王小明")
                    .doesNotContain(number)
                    .doesNotContain("tracking_number");
        }
        JsonNode keyed = json(get("/open311/v2/requests/" + id + ".json", TestTokens.integration("xuhui")))
                .get(0);
        assertThat(keyed.get("extended_attributes").get("tracking_number").asString())
                .isEqualTo(number);
        assertThat(get("/open311/v2/requests/no-such-id.json", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
    }

    @Test
    void shouldAnswerWellFormedXmlWhateverTheTextHolds() throws Exception {
        String id = createThroughOpen311();

        ResponseEntity<String> xml = get("/open311/v2/requests/" + id + ".xml", null);

        Element root = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBody().getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        assertThat(root.getElementsByTagName("description").item(0).getTextContent())
                .startsWith("群租<b>&\"隔断\"</b>");
        assertThat(Open311Format.xmlSafe("a\u0001b\uFFFEc\uD83D\uDE00")).isEqualTo("a\uFFFDb\uFFFDc\uD83D\uDE00");
    }

    @Test
    void shouldRefuseControlCharactersAtOpen311Intake() {
        MultiValueMap<String, String> form = validForm();
        form.set("description", "群租\u0000\u001b[31m");

        assertPlatformProblem(postForm(TestTokens.integration("xuhui"), form), 400);
        assertThat(count()).isZero();
    }

    @Test
    void shouldCheckAnOpen311RequestByTheSameRulesAsTheRestApi() {
        String system = TestTokens.integration("xuhui");
        MultiValueMap<String, String> tooLong = validForm();
        tooLong.set("description", "很".repeat(4001));
        MultiValueMap<String, String> farAway = validForm();
        farAway.set("lat", "131.19");
        MultiValueMap<String, String> noNumber = validForm();
        noNumber.set("long", "east");
        MultiValueMap<String, String> unknownService = validForm();
        unknownService.set("service_code", "NO_SUCH_SERVICE");
        MultiValueMap<String, String> longName = validForm();
        longName.set("first_name", "名".repeat(100));
        MultiValueMap<String, String> badPhone = validForm();
        badPhone.set("phone", "call me maybe");
        MultiValueMap<String, String> badDistrict = validForm();
        badDistrict.add("attribute[district]", "Xuhui!");
        MultiValueMap<String, String> longAddress = validForm();
        longAddress.set("address_string", "路".repeat(501));

        for (MultiValueMap<String, String> form : java.util.List.of(
                tooLong, farAway, noNumber, unknownService, longName, badPhone, badDistrict, longAddress)) {
            assertGeoReportError(postForm(system, form), 400);
        }
        assertThat(count()).isZero();
    }

    @Test
    void shouldAnswerRolesThatSubmitNoComplaints403NotA400() {
        MultiValueMap<String, String> incomplete = new LinkedMultiValueMap<>();
        incomplete.add("service_code", "GROUP_RENTING");

        assertGeoReportError(postForm(TestTokens.districtAdmin("xuhui"), validForm()), 403);
        assertGeoReportError(postForm(TestTokens.squadOfficer("xuhui", "caoxi"), incomplete), 403);
        assertGeoReportError(postForm(TestTokens.reviewer("xuhui", null), validForm()), 403);
        assertThat(count()).isZero();
    }

    @Test
    void shouldAnswerAFormLargerThanTheContainersLimit413() {
        MultiValueMap<String, String> huge = validForm();
        huge.set("description", "x".repeat(3 * 1024 * 1024));

        assertPlatformProblem(postForm(TestTokens.integration("xuhui"), huge), 413);
        assertThat(count()).isZero();
    }

    @Test
    void shouldRefuseDatesAtTheEdgesOfWhatJavaTimeParsesWith400() {
        String system = TestTokens.integration("xuhui");
        for (String date : new String[] {
            "%2B999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "%2B999999999-12-31", "-999999999-01-01"
        }) {
            assertGeoReportError(getEncoded("/open311/v2/requests.json?start_date=" + date, system), 400);
            assertGeoReportError(getEncoded("/open311/v2/requests.json?end_date=" + date, null), 400);
        }
        assertThat(getEncoded("/open311/v2/requests.json?start_date=2021-07-01T00:00:00%2B08:00", system)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
    }

    @Test
    void shouldDocumentEveryOpen311OperationWithItsSummaryAndTheFormBody() {
        JsonNode docs = json(get("/v3/api-docs", null));
        JsonNode paths = docs.get("paths");

        JsonNode create = paths.get("/open311/v2/requests.{format}").get("post");
        JsonNode form = create.get("requestBody").get("content").get("application/x-www-form-urlencoded");
        assertThat(form).as(create.toString()).isNotNull();
        String schema = docs.get("components").get("schemas").toString();
        assertThat(schema).contains("service_code", "address_string", "attribute[district]");
        assertThat(create.get("responses").propertyNames()).contains("201", "400", "401", "403", "413");
        for (String path : paths.propertyNames()) {
            if (path.startsWith("/open311/")) {
                for (JsonNode operation : paths.get(path)) {
                    assertThat(operation.get("summary")).as(path).isNotNull();
                    assertThat(operation.get("responses").propertyNames())
                            .as(path)
                            .anyMatch(code -> code.startsWith("4"));
                }
            }
        }
    }
}
