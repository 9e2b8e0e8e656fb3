package cn.summerhotline.complaint.model;

/**
 * Who did something to a complaint: the token's subject and unit, or the system itself. The unit (a district,
 * {@code city}) may appear in the public timeline; the subject never does.
 */
public record Actor(String subject, String unit) {

    public static final Actor SYSTEM = new Actor("system", "city");
    public static final Actor CITIZEN = new Actor("citizen", null);

    public Actor {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("an actor needs a subject");
        }
    }
}
