package cn.summerhotline.complaint;

import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.TestTokens;
import cn.summerhotline.testsupport.hostile.ApiDocument;
import cn.summerhotline.testsupport.hostile.HostileInputChecks;
import cn.summerhotline.testsupport.hostile.RawHttp;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every endpoint of complaint-service, REST and Open311, against the generated hostile client. */
@ServiceTest
class ComplaintHostileInputIT extends HostileInputChecks {

    @Override
    protected Map<String, String> pathValues() {
        RestClient http = RestClient.create("http://127.0.0.1:" + port);
        String created = http.post()
                .uri("/api/v1/complaints")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.operator()))
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"category": "NIGHT_CONSTRUCTION_NOISE", "description": "工地夜间施工噪声扰民",
                         "district": "xuhui", "address": "徐汇区漕溪北路1号",
                         "location": {"lat": 31.19, "lng": 121.43},
                         "reporter": {"name": "王小明", "phone": "13812345678"}, "channel": "HOTLINE_12345"}""")
                .retrieve()
                .body(String.class);
        JsonNode complaint = JsonMapper.builder().build().readTree(created);
        return Map.of(
                "id",
                complaint.path("id").asString(),
                "trackingNumber",
                complaint.path("trackingNumber").asString(),
                "serviceCode",
                "NIGHT_CONSTRUCTION_NOISE",
                "format",
                "json");
    }

    @Override
    protected int minimumRequests() {
        return 1000;
    }

    @Override
    protected boolean acceptsOwnErrorFormat(ApiDocument.Operation operation, RawHttp.Answer answer) {
        // GeoReport v2 answers its errors as [{"code","description"}] or <errors><error>…</error></errors>.
        String type = answer.header("content-type");
        return operation.path().startsWith("/open311/")
                && type != null
                && (type.startsWith("application/json") && answer.text().contains("\"description\"")
                        || type.contains("xml") && answer.text().contains("<errors>"));
    }
}
