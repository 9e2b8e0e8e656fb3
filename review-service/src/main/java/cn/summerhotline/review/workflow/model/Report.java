package cn.summerhotline.review.workflow.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A member of the public's report of a published item. The client is a keyed hash of who reported (their token's
 * subject, or their address), never the subject or address itself: it tells one client from another and nothing
 * more. Kept for good, so that a client reports an item once however often it is hidden and restored.
 *
 * @param client the keyed hash naming the client
 * @param at when the report was first received
 */
public record Report(String client, Instant at) {

    public Report {
        if (client == null || client.isBlank()) {
            throw new IllegalArgumentException("a report names its client");
        }
        Objects.requireNonNull(at, "at");
    }
}
