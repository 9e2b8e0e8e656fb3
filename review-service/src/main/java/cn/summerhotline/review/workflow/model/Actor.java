package cn.summerhotline.review.workflow.model;

import java.util.Optional;

/**
 * Who acts on an item, as their token says (subject, unit, squad), or the service itself. A reviewer's level
 * follows from the unit and squad alone (docs/ARCHITECTURE.md, Security).
 */
public record Actor(String subject, String unit, String squad) {

    /** The pre-screen and other rules the service applies itself. */
    public static final Actor SYSTEM = new Actor("system", Origin.CITY, null);

    /** A member of the public, who reports published items without an account. */
    public static final Actor PUBLIC = new Actor("public", null, null);

    public Actor {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("an actor needs a subject");
        }
    }

    /** The level this actor reviews at, when they are a reviewer. */
    public Optional<ReviewLevel> reviewLevel() {
        return ReviewLevel.ofReviewer(unit, squad);
    }

    /** Whether a reviewer at {@code level} with this unit and squad reviews the content of {@code origin}. */
    boolean covers(ReviewLevel level, Origin origin) {
        return switch (level) {
            case CITY -> true;
            case DISTRICT -> origin.unit().equals(unit);
            case SQUAD -> origin.unit().equals(unit) && squad != null && squad.equals(origin.squad());
        };
    }
}
