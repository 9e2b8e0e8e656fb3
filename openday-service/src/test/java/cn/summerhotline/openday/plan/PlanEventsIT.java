package cn.summerhotline.openday.plan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.testsupport.contracts.EventContracts;
import cn.summerhotline.testsupport.contracts.EventTap;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Every plan event reaches a consumer bound to the exchange with the district's routing key, satisfies its schema
 * in contracts/ and names nobody.
 */
class PlanEventsIT extends PlanCalls {

    private static final long ARRIVAL_MILLIS = 10_000;

    @Autowired
    ConnectionFactory connectionFactory;

    private EventTap tap;

    @BeforeEach
    void listen() {
        tap = EventTap.bind(connectionFactory, "plan-events-it", "plan.*.xuhui");
    }

    @AfterEach
    void stopListening() {
        tap.close();
    }

    @Test
    void shouldAnnounceALateSubmission() {
        clockAt("2031-07-06T09:00:00+08:00");
        submit(XUHUI_ADMIN, "徐汇区方案").expect(201);

        JsonNode data = valid(receive(), "plan-submitted.v1.schema.json", "plan.submitted.xuhui");

        assertThat(data.path("planId").asString()).isEqualTo(planId("xuhui"));
        assertThat(data.path("year").asInt()).isEqualTo(YEAR);
        assertThat(data.path("version").asInt()).isOne();
        assertThat(data.path("late").asBoolean()).isTrue();
        assertThat(data.toString()).doesNotContain("xuhui-admin", "徐汇区方案");
    }

    @Test
    void shouldAnnounceAReturnWithItsCommentMaskedThenTheNextVersionAndItsAcceptance() {
        submit(XUHUI_ADMIN, "第一稿").expect(201);
        valid(receive(), "plan-submitted.v1.schema.json", "plan.submitted.xuhui");

        decide(planId("xuhui"), CITY_ADMIN, "RETURN", "请联系王科长 139 1234 5678 补充安保方案")
                .expect(200);
        JsonNode returned = valid(receive(), "plan-returned.v1.schema.json", "plan.returned.xuhui");
        assertThat(returned.path("comment").asString()).contains("139****5678").doesNotContain("1234 5678");

        submit(XUHUI_ADMIN, "第二稿").expect(201);
        JsonNode second = valid(receive(), "plan-submitted.v1.schema.json", "plan.submitted.xuhui");
        assertThat(second.path("version").asInt()).isEqualTo(2);

        decide(planId("xuhui"), CITY_ADMIN, "ACCEPT", null).expect(200);
        JsonNode accepted = valid(receive(), "plan-accepted.v1.schema.json", "plan.accepted.xuhui");
        assertThat(accepted.path("version").asInt()).isEqualTo(2);
    }

    @Test
    void shouldNotLetAnotherDistrictsBindingHearXuhui() {
        try (EventTap jiading = EventTap.bind(connectionFactory, "plan-events-it-jiading", "plan.*.jiading")) {
            submit(XUHUI_ADMIN, "徐汇区方案").expect(201);
            valid(receive(), "plan-submitted.v1.schema.json", "plan.submitted.xuhui");
            submit(JIADING_ADMIN, "嘉定区方案").expect(201);

            Message heard = jiading.receive(ARRIVAL_MILLIS);
            assertThat(heard).isNotNull();
            assertThat(heard.getMessageProperties().getReceivedRoutingKey()).isEqualTo("plan.submitted.jiading");
            assertThat(jiading.receive(200)).isNull();
        }
    }

    private Message receive() {
        Message message = tap.receive(ARRIVAL_MILLIS);
        assertThat(message).as("an event within %d ms", ARRIVAL_MILLIS).isNotNull();
        return message;
    }

    private static JsonNode valid(Message message, String schema, String routingKey) {
        String body = new String(message.getBody(), StandardCharsets.UTF_8);
        EventContracts.assertValid(schema, body);
        assertThat(message.getMessageProperties().getReceivedRoutingKey()).isEqualTo(routingKey);
        return JSON.readTree(body).path("data");
    }
}
