package cn.summerhotline.platform.events;

import java.time.OffsetDateTime;
import tools.jackson.databind.JsonNode;

/**
 * An event as a consumer receives it: the CloudEvents attributes, the routing key it arrived with and its
 * data, which the consumer maps onto its own record type (no shared event classes between services).
 */
public record ReceivedEvent(
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String routingKey,
        boolean redelivered,
        JsonNode data) {}
