package cn.summerhotline.complaint.application;

import cn.summerhotline.complaint.model.Actor;
import cn.summerhotline.complaint.model.Channel;
import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.complaint.model.Intake;
import cn.summerhotline.complaint.model.PossibleDuplicate;
import cn.summerhotline.platform.idempotency.IdempotencyKeyReused;
import cn.summerhotline.platform.idempotency.IdempotencyKeys;
import cn.summerhotline.platform.security.Caller;
import cn.summerhotline.platform.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Receives a complaint from any channel. Citizens without an account use the web form only; operators enter
 * hotline and leader-hotline calls; a district system submits its district's cases (with an {@code
 * Idempotency-Key}, so a retry never creates a second complaint); media submit the cases they bring in.
 */
@Component
public class SubmitComplaint {

    static final Duration DUPLICATE_WINDOW = Duration.ofHours(72);
    static final double DUPLICATE_RADIUS_METRES = 150;
    private static final int MAX_DUPLICATES = 10;
    private static final int TRACKING_NUMBER_DRAWS = 8;

    private final Complaints complaints;
    private final IntakeLog intakeLog;
    private final IdempotencyKeys idempotencyKeys;
    private final HandlingTimes handlingTimes;
    private final Clock clock;

    public SubmitComplaint(
            Complaints complaints,
            IntakeLog intakeLog,
            IdempotencyKeys idempotencyKeys,
            HandlingTimes handlingTimes,
            Clock clock) {
        this.complaints = complaints;
        this.intakeLog = intakeLog;
        this.idempotencyKeys = idempotencyKeys;
        this.handlingTimes = handlingTimes;
        this.clock = clock;
    }

    /** The complaint as stored, and whether it was created by an earlier request with the same key. */
    public record Submitted(Complaint complaint, boolean replayed) {}

    public Submitted submit(Caller caller, Intake requested, String idempotencyKey) {
        Intake intake = withPermittedChannel(caller, requested);
        String id = UUID.randomUUID().toString();
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            String scope = IdempotencyKeys.scope(caller.authenticated() ? caller.subject() : "web", idempotencyKey);
            String fingerprint = IdempotencyKeys.fingerprint(intake.toString());
            IdempotencyKeys.Claim claim = idempotencyKeys.claim(scope, fingerprint, id);
            if (!claim.fingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReused(idempotencyKey);
            }
            if (!claim.recordId().equals(id)) {
                Optional<Complaint> earlier = complaints.byId(claim.recordId());
                if (earlier.isPresent()) {
                    return new Submitted(earlier.get(), true);
                }
                // The earlier request claimed the key but did not get to store its complaint: finish it now.
                id = claim.recordId();
            }
        }
        return new Submitted(receive(id, intake, caller), false);
    }

    private Complaint receive(String id, Intake intake, Caller caller) {
        Instant now = clock.instant();
        List<PossibleDuplicate> duplicates = possibleDuplicates(intake, now);
        Actor actor = caller.authenticated() ? Access.actor(caller) : Actor.CITIZEN;
        for (int draw = 1; ; draw++) {
            Complaint complaint = Complaint.receive(
                    id,
                    TrackingNumbers.draw(),
                    RatingCodes.draw(),
                    intake,
                    handlingTimes.of(intake.category()),
                    duplicates,
                    actor,
                    now);
            if (complaints.add(complaint)) {
                intakeLog.record(complaint);
                return complaint;
            }
            Optional<Complaint> sameId = complaints.byId(id);
            if (sameId.isPresent()) {
                // A concurrent retry with the same Idempotency-Key stored it first.
                return sameId.get();
            }
            if (draw == TRACKING_NUMBER_DRAWS) {
                throw new IllegalStateException("no free tracking number after " + draw + " draws");
            }
        }
    }

    /**
     * Earlier complaints of the same category in the same district within 72 hours, either within 150 m or at
     * the same address. The store has no geo queries: the candidates are bounded and measured here.
     */
    List<PossibleDuplicate> possibleDuplicates(Intake intake, Instant now) {
        String address = comparable(intake.address());
        Instant since = now.minus(DUPLICATE_WINDOW);
        List<PossibleDuplicate> matches = new ArrayList<>();
        for (IntakeLog.Entry earlier : intakeLog.between(intake.category(), intake.district(), since, now)) {
            if (matches.size() == MAX_DUPLICATES) {
                break;
            }
            if (intake.location() != null && earlier.location() != null) {
                double metres = intake.location().metresTo(earlier.location());
                if (metres <= DUPLICATE_RADIUS_METRES) {
                    matches.add(new PossibleDuplicate(
                            earlier.complaintId(), earlier.trackingNumber(), (double) Math.round(metres)));
                    continue;
                }
            }
            if (address.equals(comparable(earlier.address()))) {
                matches.add(new PossibleDuplicate(earlier.complaintId(), earlier.trackingNumber(), null));
            }
        }
        // Cases merged meanwhile are no longer offered: the case they were merged into is.
        return matches.stream()
                .filter(m -> complaints
                        .byId(m.complaintId())
                        .map(c -> !c.merge().merged())
                        .orElse(false))
                .toList();
    }

    private static String comparable(String address) {
        return address.replaceAll("[\\s,，.。、\\-]", "").toLowerCase(Locale.ROOT);
    }

    private static Intake withPermittedChannel(Caller caller, Intake intake) {
        Channel channel = intake.channel();
        if (!caller.authenticated()) {
            if (channel != Channel.WEB) {
                throw new AuthenticationCredentialsNotFoundException("only the web form is open without a token");
            }
            return intake;
        }
        if (caller.has(Role.CITY_ADMIN) && caller.cityLevel()) {
            return intake;
        }
        if (caller.has(Role.OPERATOR)
                && (channel == Channel.HOTLINE_12345 || channel == Channel.LEADER_HOTLINE || channel == Channel.WEB)) {
            return intake;
        }
        if (caller.has(Role.MEDIA) && channel == Channel.MEDIA) {
            return intake;
        }
        if (caller.has(Role.INTEGRATION) && channel == Channel.DISTRICT_SYSTEM && caller.unit() != null) {
            if (intake.district() != null && !intake.district().equals(caller.unit())) {
                throw new AccessDeniedException("a district system submits its own district's complaints");
            }
            return new Intake(
                    intake.category(),
                    intake.description(),
                    channel,
                    caller.unit(),
                    intake.address(),
                    intake.location(),
                    intake.reporter(),
                    intake.leader(),
                    intake.occurredAt());
        }
        throw new AccessDeniedException("channel " + channel + " is not open to this caller");
    }

    /** The channel a caller submits through when the request names none. */
    public static Channel defaultChannel(Caller caller) {
        if (!caller.authenticated()) {
            return Channel.WEB;
        }
        if (caller.has(Role.INTEGRATION)) {
            return Channel.DISTRICT_SYSTEM;
        }
        if (caller.has(Role.MEDIA)) {
            return Channel.MEDIA;
        }
        if (caller.hasAny(Role.OPERATOR, Role.CITY_ADMIN)) {
            return Channel.HOTLINE_12345;
        }
        // District admins, squad officers and reviewers take complaints on, they do not submit them.
        throw new AccessDeniedException("this role does not submit complaints");
    }
}
