package cn.summerhotline.complaint.model;

import java.time.Instant;

/** What happened to a complaint, for other services and district systems. Carries no personal data. */
public sealed interface ComplaintEvent {

    String complaintId();

    /** The district the complaint belongs to when the event happened; null while none is known. */
    String district();

    Instant at();

    /** The event's name in routing keys and CloudEvents types, e.g. {@code assigned}. */
    String name();

    record Received(
            String complaintId,
            String trackingNumber,
            Category category,
            Channel channel,
            String district,
            boolean followed,
            Instant dueAt,
            Instant at)
            implements ComplaintEvent {
        public String name() {
            return "received";
        }
    }

    record Assigned(
            String complaintId,
            String trackingNumber,
            Category category,
            String district,
            String squad,
            Instant dueAt,
            Instant at)
            implements ComplaintEvent {
        public String name() {
            return "assigned";
        }
    }

    /** The district bureau, its squad or its system took the case on: IN_PROGRESS. */
    record Accepted(
            String complaintId,
            String trackingNumber,
            Category category,
            String district,
            String squad,
            Instant dueAt,
            Instant at)
            implements ComplaintEvent {
        public String name() {
            return "accepted";
        }
    }

    record Resolved(
            String complaintId,
            String trackingNumber,
            Category category,
            String district,
            String summary,
            boolean onTime,
            Instant at)
            implements ComplaintEvent {
        public String name() {
            return "resolved";
        }
    }

    record Replied(
            String complaintId,
            String trackingNumber,
            String district,
            ReplyChannel channel,
            String fromCase,
            Instant at)
            implements ComplaintEvent {
        public String name() {
            return "replied";
        }
    }

    record Closed(String complaintId, String trackingNumber, String district, Instant at) implements ComplaintEvent {
        public String name() {
            return "closed";
        }
    }

    record Reopened(
            String complaintId, String trackingNumber, String district, String reason, Instant dueAt, Instant at)
            implements ComplaintEvent {
        public String name() {
            return "reopened";
        }
    }

    record WentOverdue(
            String complaintId,
            String trackingNumber,
            Category category,
            String district,
            Status status,
            Instant dueAt,
            Instant at)
            implements ComplaintEvent {
        public String name() {
            return "overdue";
        }
    }

    record Rated(String complaintId, String trackingNumber, String district, int score, boolean reopened, Instant at)
            implements ComplaintEvent {
        public String name() {
            return "rated";
        }
    }
}
