package cn.summerhotline.complaint.application;

import cn.summerhotline.complaint.model.Category;
import cn.summerhotline.complaint.model.Channel;
import cn.summerhotline.complaint.model.Status;
import java.time.Instant;

/**
 * Which complaints a list or export shows; null fields do not filter. {@code squad} and {@code followed} are
 * also set by the caller's scope, not only by the request.
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

    public static ComplaintFilter none() {
        return new ComplaintFilter(null, null, null, null, null, null, null, null, null);
    }

    public ComplaintFilter inDistrict(String onlyDistrict) {
        return new ComplaintFilter(
                onlyDistrict, squad, status, category, channel, overdue, followed, receivedFrom, receivedTo);
    }

    public ComplaintFilter inSquad(String onlySquad) {
        return new ComplaintFilter(
                district, onlySquad, status, category, channel, overdue, followed, receivedFrom, receivedTo);
    }

    public ComplaintFilter followedOnly() {
        return new ComplaintFilter(district, squad, status, category, channel, overdue, true, receivedFrom, receivedTo);
    }
}
