package cn.summerhotline.openday.checkin.model;

import cn.summerhotline.openday.session.model.Audience;
import java.time.Instant;

/**
 * One entry of a confirmed registration's party at the venue door, by the scan that made it. At most one check-in
 * of a registration is in force at a time; an undone one stays, with when and by whom, and the party may be
 * checked in again.
 *
 * @param scanId the scanner's id of the scan: a scan sent again with it is the same check-in
 */
public record Checkin(
        String id,
        String registrationId,
        String sessionId,
        String venueId,
        String hostUnit,
        Audience audience,
        int partySize,
        String scanId,
        Instant at,
        String by,
        Instant undoneAt) {

    public boolean active() {
        return undoneAt == null;
    }
}
