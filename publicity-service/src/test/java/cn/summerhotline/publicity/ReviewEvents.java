package cn.summerhotline.publicity;

import cn.summerhotline.testsupport.Infrastructure;
import cn.summerhotline.testsupport.contracts.EventContracts;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * review-service's events as it sends them, each checked against its schema first: the consumer's records are
 * held to the same contract as the producer.
 */
public final class ReviewEvents {

    private final RabbitTemplate rabbit;

    public ReviewEvents(ConnectionFactory connectionFactory) {
        this.rabbit = new RabbitTemplate(connectionFactory);
    }

    public String published(String contentId, int version, String unit) {
        return send("published", contentId, version, unit, "");
    }

    public String rejected(String contentId, int version, String unit, String level, String reason) {
        return send(
                "rejected",
                contentId,
                version,
                unit,
                ", \"level\": \"" + level + "\", \"reason\": \"" + reason + "\", \"automatic\": false");
    }

    public String takenDown(String contentId, int version, String unit) {
        return send(
                "takendown",
                contentId,
                version,
                unit,
                ", \"kind\": \"PUBLIC_OPINION\", \"level\": \"CITY\", \"reason\": \"引发舆情，立即下架。\"");
    }

    public String hidden(String contentId, int version, String unit) {
        return send("hidden", contentId, version, unit, ", \"cause\": \"REPORTS\", \"reports\": 3");
    }

    public String send(String name, String contentId, int version, String unit, String extra) {
        return send(UUID.randomUUID().toString(), "publicity-service", name, contentId, version, unit, extra);
    }

    public String send(
            String eventId, String source, String name, String contentId, int version, String unit, String extra) {
        String envelope = """
                {"specversion": "1.0", "id": "%s", "source": "review-service",
                 "type": "summerhotline.review.%s.v1", "time": "2031-08-03T02:00:00Z", "subject": "r-%s",
                 "datacontenttype": "application/json",
                 "data": {"reviewId": "r-%s", "source": "%s", "contentId": "%s", "contentVersion": %d,
                          "contentKind": "ARTICLE", "unit": "%s", "squad": null, "at": "2031-08-03T02:00:00Z"%s}}""".formatted(eventId, name, contentId, contentId, source, contentId, version, unit, extra);
        EventContracts.assertValid("review-" + name + ".v1.schema.json", envelope);
        Message message = MessageBuilder.withBody(envelope.getBytes(StandardCharsets.UTF_8))
                .setContentType("application/cloudevents+json")
                .setMessageId(eventId)
                .build();
        rabbit.send(Infrastructure.start().eventsExchange(), "review." + name + "." + unit, message);
        return eventId;
    }
}
