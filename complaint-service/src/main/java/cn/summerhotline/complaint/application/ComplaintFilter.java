package cn.summerhotline.complaint.application;

import cn.summerhotline.complaint.model.Category;
import cn.summerhotline.complaint.model.Channel;
import cn.summerhotline.complaint.model.Status;
import java.time.Instant;

/**
 * Which complaints a list or export shows; null fields do not filter. Built from {@link #all()} by naming each
 * narrowing, e.g. {@code ComplaintFilter.all().inDistrict("xuhui").withStatus(Status.ASSIGNED)}; a null argument
 * narrows nothing. {@code squad} and {@code followed} are also set by the caller's scope, not only by the request.
 */
public record ComplaintFilter(
        String district,
        String squad,
        Status status,
        Category category,
        Channel channel,
        Boolean overdue,
        Boolean followed,
        Instant receivedFrom,
        Instant receivedTo) {

    private static final ComplaintFilter ALL =
            new ComplaintFilter(null, null, null, null, null, null, null, null, null);

    /** Every complaint. */
    public static ComplaintFilter all() {
        return ALL;
    }

    public ComplaintFilter inDistrict(String onlyDistrict) {
        return new ComplaintFilter(
                onlyDistrict, squad, status, category, channel, overdue, followed, receivedFrom, receivedTo);
    }

    public ComplaintFilter inSquad(String onlySquad) {
        return new ComplaintFilter(
                district, onlySquad, status, category, channel, overdue, followed, receivedFrom, receivedTo);
    }

    public ComplaintFilter withStatus(Status onlyStatus) {
        return new ComplaintFilter(
                district, squad, onlyStatus, category, channel, overdue, followed, receivedFrom, receivedTo);
    }

    public ComplaintFilter inCategory(Category onlyCategory) {
        return new ComplaintFilter(
                district, squad, status, onlyCategory, channel, overdue, followed, receivedFrom, receivedTo);
    }

    public ComplaintFilter throughChannel(Channel onlyChannel) {
        return new ComplaintFilter(
                district, squad, status, category, onlyChannel, overdue, followed, receivedFrom, receivedTo);
    }

    /** Only overdue complaints ({@code true}), only those on time ({@code false}), or both ({@code null}). */
    public ComplaintFilter withOverdue(Boolean onlyOverdue) {
        return new ComplaintFilter(
                district, squad, status, category, channel, onlyOverdue, followed, receivedFrom, receivedTo);
    }

    /** Only followed complaints ({@code true}), only the others ({@code false}), or both ({@code null}). */
    public ComplaintFilter withFollowed(Boolean onlyFollowed) {
        return new ComplaintFilter(
                district, squad, status, category, channel, overdue, onlyFollowed, receivedFrom, receivedTo);
    }

    public ComplaintFilter followedOnly() {
        return withFollowed(true);
    }

    /** Received in [{@code from}, {@code to}); either end may be open (null). */
    public ComplaintFilter receivedBetween(Instant from, Instant to) {
        return new ComplaintFilter(district, squad, status, category, channel, overdue, followed, from, to);
    }
}
