package cn.summerhotline.platform.events;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An event a service is about to emit, before it joins the outbox of its aggregate. Its CloudEvents type is
 * {@code summerhotline.<aggregate>.<event>.v<version>} and its routing key {@code <aggregate>.<event>.<district>}.
 *
 * <p>An aggregate that several owners share in one contract, such as the content every owner hands in for review,
 * is named with its owner first ({@code publicity.content}): the owner is then a routing-key segment of its own, so
 * a consumer binds to every owner ({@code *.content.submitted.*}) or to one, and a district subscriber's
 * {@code #.xuhui} still sees the district last.
 *
 * @param aggregate the aggregate that changed, e.g. {@code complaint}, or {@code <owner>.<aggregate>}
 * @param event what happened to it, past tense, e.g. {@code assigned}
 * @param district the district the item belongs to, or {@link #CITY} for city-level items
 * @param subject the id of the aggregate instance (CloudEvents {@code subject})
 * @param data the event's payload, serialised as JSON
 * @param version the version of the event's schema
 */
public record OutgoingEvent(String aggregate, String event, String district, String subject, Object data, int version) {

    /** The district segment of city-level items. */
    public static final String CITY = "city";

    private static final Pattern SEGMENT = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern OWNED_SEGMENT = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)?");

    public OutgoingEvent {
        require("aggregate", aggregate, OWNED_SEGMENT);
        require("event", event, SEGMENT);
        require("district", district, SEGMENT);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(data, "data");
        if (version < 1) {
            throw new IllegalArgumentException("an event version starts at 1, not " + version);
        }
    }

    /** A first-version event. */
    public static OutgoingEvent of(String aggregate, String event, String district, String subject, Object data) {
        return new OutgoingEvent(aggregate, event, district, subject, data, 1);
    }

    public OutgoingEvent withVersion(int newVersion) {
        return new OutgoingEvent(aggregate, event, district, subject, data, newVersion);
    }

    public String type() {
        return "summerhotline." + aggregate + "." + event + ".v" + version;
    }

    public String routingKey() {
        return aggregate + "." + event + "." + district;
    }

    private static void require(String name, String value, Pattern pattern) {
        // A stray dot would add a routing-key segment and break every binding pattern that counts segments: only
        // the owner of a shared aggregate takes one, always in the same place.
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "the " + name + " of an event must be lower-case letters, digits and '-', not '" + value + "'");
        }
    }
}
