package cn.summerhotline.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.ServiceFoundationChecks;
import cn.summerhotline.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ServiceTest
class ComplaintServiceIT extends ServiceFoundationChecks {

    @Override
    protected String referencePath() {
        return "/api/v1/complaints/categories";
    }

    @Override
    protected String referenceContent() {
        return "夜间施工噪声";
    }

    @Test
    void shouldDocumentTheCitizensEndpointsAsOpenAndEveryOtherAsNeedingTheBearerToken() {
        JsonNode paths = document().path("paths");

        JsonNode submit = paths.path("/api/v1/complaints").path("post");
        assertThat(submit.path("security").isArray()).isTrue();
        assertThat(submit.path("security")).isEmpty();
        assertThat(submit.path("responses").path("429").path("$ref").asString())
                .isEqualTo("#/components/responses/TooManyRequests");
        assertThat(paths.path("/api/v1/complaints/track/{trackingNumber}")
                        .path("get")
                        .path("security"))
                .isEmpty();
        JsonNode list = paths.path("/api/v1/complaints").path("get");
        assertThat(list.has("security"))
                .as("the list inherits the document's bearer token")
                .isFalse();
        assertThat(list.path("responses").path("401").path("$ref").asString())
                .isEqualTo("#/components/responses/Unauthorized");
        assertThat(document().path("security").toString()).contains("bearerJwt");
    }

    @Test
    void shouldDocumentTheCreatedComplaintWithItsLocation() {
        JsonNode created =
                document().path("paths").path("/api/v1/complaints").path("post").path("responses");

        assertThat(created.has("200")).isFalse();
        assertThat(created.path("201").path("headers").has("Location")).isTrue();
        assertThat(created.path("201").path("headers").has("Idempotent-Replayed"))
                .isTrue();
    }

    private JsonNode document() {
        return JsonMapper.builder().build().readTree(get("/v3/api-docs", null).getBody());
    }
}
