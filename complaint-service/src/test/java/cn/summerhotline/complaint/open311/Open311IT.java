package cn.summerhotline.complaint.open311;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.complaint.ComplaintApi;
import cn.summerhotline.testsupport.TestTokens;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;

/** The GeoReport v2 endpoints, checked against the specification's field lists in JSON and XML. */
class Open311IT extends ComplaintApi {

    static final Set<String> SERVICE_FIELDS =
            Set.of("service_code", "service_name", "description", "metadata", "type", "keywords", "group");
    static final Set<String> REQUEST_FIELDS = Set.of(
            "service_request_id",
            "status",
            "status_notes",
            "service_name",
            "service_code",
            "description",
            "agency_responsible",
            "service_notice",
            "requested_datetime",
            "updated_datetime",
            "expected_datetime",
            "address",
            "address_id",
            "zipcode",
            "lat",
            "long",
            "media_url");
    static final Set<String> ATTRIBUTE_FIELDS = Set.of(
            "variable", "code", "datatype", "required", "datatype_description", "order", "description", "values");

    @Test
    void shouldAnswerDiscoveryInJsonAndXml() throws Exception {
        JsonNode discovery = json(get("/open311/v2/discovery.json", null));
        assertThat(fieldNames(discovery)).contains("changeset", "contact", "key_service", "endpoints");
        JsonNode endpoint = discovery.get("endpoints").get(0);
        assertThat(fieldNames(endpoint)).contains("specification", "url", "changeset", "type", "formats");
        assertThat(endpoint.get("formats").toString()).contains("application/json", "text/xml");

        Element xml = xml(get("/open311/v2/discovery.xml", null));
        assertThat(xml.getTagName()).isEqualTo("discovery");
        assertThat(xml.getElementsByTagName("endpoint").getLength()).isEqualTo(1);
        assertThat(xml.getElementsByTagName("format").getLength()).isEqualTo(2);
    }

    @Test
    void shouldListTheCategoriesAsServicesWithTheirDefinitions() throws Exception {
        JsonNode services = json(get("/open311/v2/services.json", null));
        assertThat(services).hasSize(10);
        for (JsonNode service : services) {
            assertThat(fieldNames(service)).containsAll(SERVICE_FIELDS);
            assertThat(service.get("type").asString()).isIn("realtime", "batch", "blackbox");
        }
        Element xml = xml(get("/open311/v2/services.xml", null));
        assertThat(xml.getTagName()).isEqualTo("services");
        Element service = (Element) xml.getElementsByTagName("service").item(0);
        assertThat(childNames(service)).containsAll(SERVICE_FIELDS);

        JsonNode definition = json(get("/open311/v2/services/GROUP_RENTING.json", null));
        assertThat(definition.get("service_code").asString()).isEqualTo("GROUP_RENTING");
        for (JsonNode attribute : definition.get("attributes")) {
            assertThat(fieldNames(attribute)).containsAll(ATTRIBUTE_FIELDS);
        }
        Element definitionXml = xml(get("/open311/v2/services/GROUP_RENTING.xml", null));
        assertThat(definitionXml.getTagName()).isEqualTo("service_definition");
        assertThat(definitionXml.getElementsByTagName("value").getLength()).isEqualTo(16);
    }

    @Test
    void shouldAnswerErrorsAsTheSpecificationHasThem() throws Exception {
        ResponseEntity<String> json = get("/open311/v2/services/NO_SUCH_SERVICE.json", null);
        assertThat(json.getStatusCode().value()).isEqualTo(404);
        JsonNode error = json(json).get(0);
        assertThat(error.get("code").asInt()).isEqualTo(404);
        assertThat(error.get("description").asString()).isNotBlank();

        ResponseEntity<String> xml = get("/open311/v2/services/NO_SUCH_SERVICE.xml", null);
        assertThat(xml.getStatusCode().value()).isEqualTo(404);
        Element errors = xml(xml);
        assertThat(errors.getTagName()).isEqualTo("errors");
        assertThat(errors.getElementsByTagName("code").item(0).getTextContent()).isEqualTo("404");

        assertThat(get("/open311/v2/tokens/7K3M-9QX2-4TM.json", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
        assertThat(get("/open311/v2/requests.json?api_key=forged", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        ResponseEntity<String> missing =
                postForm(TestTokens.integration("xuhui"), form("service_code", "GROUP_RENTING"));
        assertThat(missing.getStatusCode().value()).isEqualTo(400);
        assertThat(json(missing).get(0).get("code").asInt()).isEqualTo(400);
        assertThat(get("/open311/v2/services.yaml", null).getStatusCode().value())
                .isEqualTo(400);
        assertThat(count()).isZero();
    }

    @Test
    void shouldTakeARequestFromADistrictSystemAndShowItOpenWithTheFullStatus() throws Exception {
        String system = TestTokens.integration("xuhui");
        ResponseEntity<String> created = postForm(
                null,
                form(
                        "api_key", system,
                        "service_code", "GROUP_RENTING",
                        "lat", "31.19",
                        "long", "121.43",
                        "address_string", "徐汇区某小区3号楼",
                        "description", "群租，联系人电话13812345678",
                        "first_name", "小明",
                        "last_name", "王",
                        "phone", "13812345678"));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        JsonNode receipt = json(created).get(0);
        assertThat(fieldNames(receipt)).contains("service_request_id", "token", "service_notice", "account_id");
        String id = receipt.get("service_request_id").asString();

        JsonNode request =
                json(get("/open311/v2/requests/" + id + ".json", system)).get(0);
        assertThat(fieldNames(request)).containsAll(REQUEST_FIELDS);
        assertThat(request.get("status").asString()).isEqualTo("open");
        assertThat(request.get("extended_attributes").get("summer_status").asString())
                .isEqualTo("ASSIGNED");
        assertThat(request.get("extended_attributes").get("district").asString())
                .isEqualTo("xuhui");
        assertThat(request.get("requested_datetime").asString()).endsWith("+08:00");
        assertThat(request.toString())
                .doesNotContain("13812345678")
                .doesNotContain("王")
                .contains("138****5678");

        Element xml = xml(get("/open311/v2/requests/" + id + ".xml?api_key=" + system, null));
        assertThat(xml.getTagName()).isEqualTo("service_requests");
        Element item = (Element) xml.getElementsByTagName("request").item(0);
        assertThat(childNames(item)).containsAll(REQUEST_FIELDS);
        assertThat(item.getElementsByTagName("summer_status").item(0).getTextContent())
                .isEqualTo("ASSIGNED");

        JsonNode token = json(get("/open311/v2/tokens/" + receipt.get("token").asString() + ".json", system))
                .get(0);
        assertThat(token.get("service_request_id").asString()).isEqualTo(id);

        assertThat(get("/open311/v2/requests/" + id + ".json", TestTokens.integration("jiading"))
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
    }

    @Test
    void shouldListRequestsByStatusMappingTheLifecycleToOpenAndClosed() {
        String closed = create("xuhui").get("id").asString();
        handledAndReplied(closed);
        act(closed, "close", TestTokens.districtAdmin("xuhui"), null);
        String open = create("xuhui").get("id").asString();
        create("jiading");
        String system = TestTokens.integration("xuhui");

        JsonNode all = json(get("/open311/v2/requests.json", system));
        JsonNode closedOnly = json(get("/open311/v2/requests.json?status=closed", system));
        JsonNode byId = json(get("/open311/v2/requests.json?service_request_id=" + open + "," + closed, system));

        assertThat(all).hasSize(2);
        assertThat(closedOnly).hasSize(1);
        assertThat(closedOnly.get(0).get("service_request_id").asString()).isEqualTo(closed);
        assertThat(closedOnly
                        .get(0)
                        .get("extended_attributes")
                        .get("summer_status")
                        .asString())
                .isEqualTo("CLOSED");
        assertThat(byId).hasSize(2);
        assertThat(json(get("/open311/v2/requests.json", TestTokens.cityAdmin())))
                .hasSize(3);
    }

    private ResponseEntity<String> postForm(String token, MultiValueMap<String, String> form) {
        var request = http.post().uri("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
        }
        return request.body(form).retrieve().toEntity(String.class);
    }

    private static MultiValueMap<String, String> form(String... keysAndValues) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            form.add(keysAndValues[i], keysAndValues[i + 1]);
        }
        return form;
    }

    private static List<String> fieldNames(JsonNode node) {
        return List.copyOf(node.propertyNames());
    }

    private static Element xml(ResponseEntity<String> response) throws Exception {
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_XML))
                .isTrue();
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.getBody().getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }

    private static List<String> childNames(Element element) {
        List<String> names = new java.util.ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                names.add(e.getTagName());
            }
        }
        return names;
    }
}
