package cn.summerhotline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a service answered to a test's call, as a caller sees it: the status, the headers and the body, with the
 * checks the services' tests make of every answer.
 */
public record Answer(int status, HttpHeaders headers, String text) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public JsonNode json() {
        return JSON.readTree(text);
    }

    public Answer expect(int expected) {
        assertThat(status).as(text).isEqualTo(expected);
        return this;
    }

    /** A refusal: the status, problem+json, and its type's last segment. */
    public Answer refused(int expected, String type) {
        expect(expected);
        assertThat(headers.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json().path("type").asString()).isEqualTo("https://summerhotline.cn/problems/" + type);
        return this;
    }
}
