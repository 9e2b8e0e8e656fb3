package cn.summerhotline.complaint;

import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.TestTokens;
import cn.summerhotline.testsupport.hostile.ApiDocument;
import cn.summerhotline.testsupport.hostile.RawHttp;
import cn.summerhotline.testsupport.hostile.RoleMatrixChecks;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every role of the organisation against every endpoint of complaint-service, REST and Open311. */
@ServiceTest
class ComplaintRoleMatrixIT extends RoleMatrixChecks {

    @Override
    protected Map<String, String> pathValues() {
        String created = RestClient.create("http://127.0.0.1:" + port)
                .post()
                .uri("/api/v1/complaints")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.operator()))
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"category": "NIGHT_CONSTRUCTION_NOISE", "description": "工地夜间施工噪声扰民，联系人王小明 139-1234-5678",
                         "district": "xuhui", "address": "徐汇区漕溪北路1号",
                         "location": {"lat": 31.19, "lng": 121.43},
                         "reporter": {"name": "王小明", "phone": "13812345678"}, "channel": "HOTLINE_12345"}""")
                .retrieve()
                .body(String.class);
        JsonNode complaint = JsonMapper.builder().build().readTree(created);
        return Map.of(
                "id", complaint.path("id").asString(),
                "trackingNumber", complaint.path("trackingNumber").asString(),
                "serviceCode", "NIGHT_CONSTRUCTION_NOISE",
                "code", "NIGHT_CONSTRUCTION_NOISE",
                "format", "json");
    }

    @Override
    protected Set<String> recordParameters() {
        return Set.of("id", "trackingNumber");
    }

    @Override
    protected Set<String> personalData() {
        return Set.of("13812345678", "139-1234-5678", "王小明");
    }

    @Override
    protected boolean seesPersonalData(Caller caller) {
        return "CITY_ADMIN".equals(caller.role())
                || "OPERATOR".equals(caller.role())
                || "DISTRICT_ADMIN".equals(caller.role()) && "xuhui".equals(caller.unit());
    }

    @Override
    protected Map<String, Set<String>> allowedRoles() {
        // complaint-service/README.md, "API": who may take each step.
        Set<String> handlers = Set.of("DISTRICT_ADMIN", "SQUAD_OFFICER", "INTEGRATION", "CITY_ADMIN");
        Set<String> office = Set.of("CITY_ADMIN", "OPERATOR", "DISTRICT_ADMIN");
        return Map.ofEntries(
                Map.entry("POST /api/v1/complaints/{id}/assign", office),
                Map.entry("POST /api/v1/complaints/{id}/accept", handlers),
                Map.entry("POST /api/v1/complaints/{id}/resolve", handlers),
                Map.entry(
                        "POST /api/v1/complaints/{id}/reply",
                        Set.of("DISTRICT_ADMIN", "SQUAD_OFFICER", "INTEGRATION", "CITY_ADMIN", "OPERATOR")),
                Map.entry(
                        "POST /api/v1/complaints/{id}/close",
                        Set.of("DISTRICT_ADMIN", "INTEGRATION", "OPERATOR", "CITY_ADMIN")),
                Map.entry("POST /api/v1/complaints/{id}/supervise", Set.of("CITY_ADMIN")),
                Map.entry("POST /api/v1/complaints/{id}/follow", Set.of("CITY_ADMIN")),
                Map.entry("POST /api/v1/complaints/{id}/reopen", Set.of("OPERATOR", "CITY_ADMIN")),
                Map.entry("POST /api/v1/complaints/{id}/merge", office),
                Map.entry("GET /api/v1/complaints/stats", office),
                Map.entry("GET /api/v1/complaints/export.xlsx", office));
    }

    @Override
    protected boolean acceptsOwnErrorFormat(ApiDocument.Operation operation, RawHttp.Answer answer) {
        return operation.path().startsWith("/open311/") && answer.text().contains("\"description\"");
    }
}
