package cn.summerhotline.complaint.model;

/**
 * Where a case is handled now: a district bureau and, once passed on within it, one of its squads. Apart from
 * the intake's district, which is what the citizen said and stays as said, while the routing changes with
 * every assignment; district scoping follows the routing.
 */
public record Routing(String district, String squad) {

    public static final Routing UNROUTED = new Routing(null, null);

    /** The routing an assignment asks for; a blank squad means the district bureau itself. */
    static Routing to(String district, String squad) {
        if (district == null || !District.isKnown(district)) {
            throw new ComplaintRuleViolation("district", "unknown district '" + district + "'");
        }
        FreeText.requireClean("squad", squad);
        return new Routing(district, squad == null || squad.isBlank() ? null : squad);
    }

    /** How the timeline names it: {@code xuhui} or {@code xuhui/caoxi}. */
    String label() {
        return squad == null ? district : district + "/" + squad;
    }
}
