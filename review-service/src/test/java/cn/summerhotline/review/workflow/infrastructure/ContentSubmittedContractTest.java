package cn.summerhotline.review.workflow.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.review.workflow.model.ContentKind;
import cn.summerhotline.review.workflow.model.ReviewLevel;
import cn.summerhotline.review.workflow.model.Submission;
import cn.summerhotline.testsupport.contracts.EventContracts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** review-service's own copy of the owners' content.submitted data, held against the contract both sides share. */
class ContentSubmittedContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static String envelope(String owner, String data) {
        return """
                {"specversion": "1.0", "id": "e-1", "source": "%s", "type": "summerhotline.%s.content.submitted.v1",
                 "time": "2021-07-13T03:00:00Z", "subject": "story-7", "datacontenttype": "application/json",
                 "data": %s}""".formatted(owner, owner.replace("-service", ""), data);
    }

    private static final String OPENDAY = schema("openday-service");

    /** Each owner has its own message, named after it, over the data every owner shares. */
    static String schema(String owner) {
        return owner.replace("-service", "") + "-content-submitted.v1.schema.json";
    }

    /**
     * A citizen's story addressed as openday-service addresses it: under its district, with the squad it is about.
     * Version 2, so that the mapping shows it reads the version rather than assuming the first.
     */
    static final String STORY = """
            {"source": "openday-service", "contentId": "story-7", "version": 2, "kind": "STORY",
             "title": "我眼中的城管", "body": "暑假里，我跟着城管叔叔巡查了一天。", "mediaLinks": [],
             "unit": "xuhui", "squad": "xuhui-tianping", "submitter": "citizen"}""";

    @Test
    void shouldMapEveryOwnersSubmissionTheContractAcceptsOntoItsOwnRecord() throws Exception {
        String article = """
                {"source": "publicity-service", "contentId": "project-4-article-12", "version": 1, "kind": "ARTICLE",
                 "title": "预防群租安全隐患普法", "body": "天平街道中队走进社区。",
                 "mediaLinks": ["https://media.summerhotline.cn/xuhui/qunzu-1.jpg"],
                 "unit": "xuhui", "squad": "xuhui-tianping", "submitter": "xuhui-officer"}""";

        for (String[] owned : new String[][] {{"publicity-service", article}, {"openday-service", STORY}}) {
            String body = envelope(owned[0], owned[1]);
            EventContracts.assertValid(EventContracts.ENVELOPE, body);
            EventContracts.assertValid(schema(owned[0]), body);

            JsonNode data = JSON.readTree(body).get("data");
            Submission submission = JSON.treeToValue(data, ContentSubmissions.ContentSubmitted.class)
                    .submission("e-1");

            assertThat(submission.source()).isEqualTo(owned[0]);
            assertThat(submission.version()).isEqualTo(data.get("version").asInt());
            assertThat(submission.sourceEvent()).isEqualTo("e-1");
            assertThat(submission.submitter().subject())
                    .isEqualTo(data.get("submitter").asString());
        }
        Submission story = JSON.treeToValue(JSON.readTree(STORY), ContentSubmissions.ContentSubmitted.class)
                .submission("e-2");
        assertThat(story.content().kind()).isEqualTo(ContentKind.STORY);
        assertThat(story.origin().startingLevel()).isEqualTo(ReviewLevel.SQUAD);
    }

    @Test
    void shouldRefuseSubmissionsTheConsumerCouldNotApply() {
        EventContracts.assertInvalid(
                OPENDAY, envelope("openday-service", STORY.replace("\"version\": 2", "\"version\": 0")));
        EventContracts.assertInvalid(OPENDAY, envelope("openday-service", STORY.replace("\"STORY\"", "\"POEM\"")));
        EventContracts.assertInvalid(OPENDAY, envelope("openday-service", STORY.replace("\"unit\": \"xuhui\", ", "")));
        EventContracts.assertInvalid(
                OPENDAY,
                envelope("openday-service", STORY.replace("\"mediaLinks\": []", "\"mediaLinks\": [\"ftp://x\"]")));
        EventContracts.assertInvalid(
                OPENDAY, envelope("openday-service", STORY).replace("content.submitted.v1", "content.created.v1"));
        // An owner speaks only for itself: openday's message with publicity as its source is refused.
        EventContracts.assertInvalid(
                OPENDAY,
                envelope("openday-service", STORY)
                        .replace("\"source\": \"openday-service\"", "\"source\": \"publicity-service\""));
    }
}
