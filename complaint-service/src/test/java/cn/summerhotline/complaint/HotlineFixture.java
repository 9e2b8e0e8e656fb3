package cn.summerhotline.complaint;

import cn.summerhotline.testsupport.TestTokens;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Xuhui hotline complaint, with a reporter and a phone inside its description, named by the path
 * parameters of complaint-service's OpenAPI document: the record the generated checks aim at.
 */
final class HotlineFixture {

    static final String REPORTER = "王小明";
    static final String PHONE = "13812345678";
    static final String PHONE_IN_TEXT = "139-1234-5678";

    private HotlineFixture() {}

    static Map<String, String> create(int port) {
        String created = RestClient.create("http://127.0.0.1:" + port)
                .post()
                .uri("/api/v1/complaints")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.operator()))
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"category": "NIGHT_CONSTRUCTION_NOISE", "description": "工地夜间施工噪声扰民，联系人%s %s",
                         "district": "xuhui", "address": "徐汇区漕溪北路1号",
                         "location": {"lat": 31.19, "lng": 121.43},
                         "reporter": {"name": "%s", "phone": "%s"}, "channel": "HOTLINE_12345"}""".formatted(REPORTER, PHONE_IN_TEXT, REPORTER, PHONE))
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
}
