package cn.summerhotline.review.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.review.ReviewFixture;
import cn.summerhotline.testsupport.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/**
 * Submission through the real pre-screen (the service as deployed, no scripted stand-in): its configured markers
 * of internal documents block, a phone number is flagged for the reviewer where it stands.
 */
@ServiceTest
class PreScreenedSubmissionIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoOperations mongo;

    @AfterEach
    void removeTheItems() {
        mongo.remove(Query.query(Criteria.where("contentId").regex("^prescreen-")), "review_items");
    }

    private JsonNode submit(String contentId, String title, String body) {
        return ReviewFixture.submitBySquadOfficer(port, """
                {"source": "publicity-service", "contentId": "%s", "kind": "ARTICLE", "title": "%s", "body": "%s"}""".formatted(contentId, title, body));
    }

    @Test
    void shouldRejectAtOnceWhatTheConfiguredMarkersBlock() {
        JsonNode item = submit("prescreen-1", "工作简报", "本材料为机密，请勿转发。");

        assertThat(item.path("status").asString()).as(item.toString()).isEqualTo("REJECTED");
        assertThat(item.path("history").get(2).path("actor").asString()).isEqualTo("system");
        assertThat(item.path("history").get(2).path("reason").asString()).startsWith("预审拦截：");
    }

    @Test
    void shouldShowTheReviewerAPhoneNumberWhereItStands() {
        JsonNode item = submit("prescreen-2", "夏季专项执法行动", "咨询电话 139 1234 5678。");

        assertThat(item.path("status").asString()).as(item.toString()).isEqualTo("PENDING");
        JsonNode match = item.path("screening").path("matches").get(0);
        assertThat(match.path("kind").asString()).isEqualTo("MOBILE_NUMBER");
        assertThat(match.path("action").asString()).isEqualTo("FLAG");
        assertThat(match.path("part").asString()).isEqualTo("BODY");
        assertThat(item.path("body")
                        .asString()
                        .substring(
                                match.path("start").asInt(), match.path("end").asInt()))
                .isEqualTo("139 1234 5678");
    }
}
