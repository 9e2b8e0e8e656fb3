package cn.summerhotline.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.complaint.application.DetectOverdueComplaints;
import cn.summerhotline.testsupport.TestTokens;
import cn.summerhotline.testsupport.contracts.EventContracts;
import cn.summerhotline.testsupport.contracts.EventTap;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Every complaint event reaches the exchange through the outbox and satisfies its schema in contracts/. */
class ComplaintEventsIT extends ComplaintApi {

    @Autowired
    ConnectionFactory connectionFactory;

    @Autowired
    DetectOverdueComplaints detectOverdue;

    private EventTap tap;

    @BeforeEach
    void listen() {
        tap = EventTap.bind(connectionFactory, "complaint-events-it", "complaint.#");
    }

    @AfterEach
    void stopListening() {
        tap.close();
    }

    @Test
    void shouldEmitEveryLifecycleEventWithItsSchemaAndRoutingKey() {
        JsonNode complaint = create(null);
        String id = complaint.get("id").asString();
        clock.advance(Duration.ofHours(25));
        detectOverdue.run();
        act(id, "assign", TestTokens.operator(), body("district", "xuhui"));
        handledAndReplied(id);
        act(id, "close", TestTokens.districtAdmin("xuhui"), null);
        post(
                "/api/v1/complaints/track/" + complaint.get("trackingNumber").asString() + "/rating",
                null,
                body("score", 1, "ratingCode", complaint.get("ratingCode").asString()));

        List<Message> messages = receive(id, 9);

        List<String> types = new ArrayList<>();
        for (Message message : messages) {
            String body = new String(message.getBody(), StandardCharsets.UTF_8);
            JsonNode envelope = JSON.readTree(body);
            String type = envelope.get("type").asString();
            types.add(type);
            String event = type.split("\\.")[2];
            EventContracts.assertValid("complaint-" + event + ".v1.schema.json", body);
            assertThat(envelope.get("subject").asString()).isEqualTo(id);
            String district = envelope.get("data").get("district").isNull() ? "city" : "xuhui";
            assertThat(message.getMessageProperties().getReceivedRoutingKey())
                    .isEqualTo("complaint." + event + "." + district);
            assertThat(body).doesNotContain("13812345678").doesNotContain("王小明");
        }
        assertThat(types)
                .containsExactly(
                        "summerhotline.complaint.received.v1",
                        "summerhotline.complaint.overdue.v1",
                        "summerhotline.complaint.assigned.v1",
                        "summerhotline.complaint.accepted.v1",
                        "summerhotline.complaint.resolved.v1",
                        "summerhotline.complaint.replied.v1",
                        "summerhotline.complaint.closed.v1",
                        "summerhotline.complaint.rated.v1",
                        "summerhotline.complaint.reopened.v1");
    }

    @Test
    void shouldMaskPersonalDataInTheFreeTextOfEveryEvent() {
        String id = create("xuhui").get("id").asString();
        String admin = TestTokens.districtAdmin("xuhui");
        act(id, "accept", admin, null);
        act(id, "resolve", admin, body("summary", "已联系市民王小明，电话139-1234-5678，身份证310104198001011234"));
        act(id, "reply", admin, body("message", "已回复", "channel", "PHONE"));
        act(id, "reopen", TestTokens.operator(), body("reason", "王小明来电+86 139 1234 5678，仍不满意"));

        List<Message> messages = receive(id, 6);

        assertThat(messages).hasSize(6);
        StringBuilder all = new StringBuilder();
        for (Message message : messages) {
            String body = new String(message.getBody(), StandardCharsets.UTF_8);
            all.append(body);
            assertThat(body)
                    .doesNotContain("王小明")
                    .doesNotContain("1234-5678")
                    .doesNotContain("1234 5678")
                    .doesNotContain("310104198001011234");
        }
        assertThat(all.toString()).contains("已联系市民王**，电话139****5678", "王**来电139****5678");
    }

    /** The messages about one complaint (earlier tests' events may still be on their way), then a short wait for more. */
    private List<Message> receive(String subject, int expected) {
        List<Message> messages = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            Message message = tap.receive(500);
            if (message == null && messages.size() >= expected) {
                break;
            }
            if (message != null
                    && JSON.readTree(message.getBody())
                            .get("subject")
                            .asString()
                            .equals(subject)) {
                messages.add(message);
            }
        }
        return messages;
    }
}
