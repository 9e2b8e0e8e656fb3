package cn.summerhotline.openday.registration.application;

/** A registration, cancellation or change refused by the session's state (409), {@code registration.<reason>}. */
public final class RegistrationRefused extends RuntimeException {

    public enum Reason {
        /** The phone has a registration for this session already. */
        ALREADY_REGISTERED,
        /** The session has begun: no more registrations. */
        CLOSED,
        /** The session sets no places aside for this audience. */
        AUDIENCE_NOT_ADMITTED,
        /** The party is larger than the audience's whole quota: it could never be given places. */
        PARTY_TOO_LARGE,
        /** Past the deadline before the session: the registrant can no longer cancel (staff still can). */
        CANCELLATION_CLOSED,
        /** The registration is still being processed (a few milliseconds): try again. */
        BUSY
    }

    private final Reason reason;

    public RegistrationRefused(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
