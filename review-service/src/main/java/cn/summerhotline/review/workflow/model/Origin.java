package cn.summerhotline.review.workflow.model;

import java.util.regex.Pattern;

/**
 * Where content comes from: the unit (a district code, a special unit, or {@code city} for the city bureau)
 * and, for a squad's content, the squad. It decides the level the review starts at and never changes; the unit
 * is the last segment of the item's routing keys.
 */
public record Origin(String unit, String squad) {

    public static final String CITY = "city";

    private static final Pattern UNIT = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final Pattern SQUAD = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    public Origin {
        if (unit == null || !UNIT.matcher(unit).matches()) {
            throw new ReviewRuleViolation("unit", "unit must be a unit code such as xuhui or city: " + unit);
        }
        squad = squad == null || squad.isBlank() ? null : squad.strip();
        if (squad != null && !SQUAD.matcher(squad).matches()) {
            throw new ReviewRuleViolation("squad", "squad must be a squad code such as xuhui-tianping: " + squad);
        }
        if (squad != null && CITY.equals(unit)) {
            throw new ReviewRuleViolation("squad", "the city bureau has no squads");
        }
    }

    /** A squad's content starts at SQUAD, a district bureau's at DISTRICT, the city bureau's at CITY. */
    public ReviewLevel startingLevel() {
        if (CITY.equals(unit)) {
            return ReviewLevel.CITY;
        }
        return squad == null ? ReviewLevel.DISTRICT : ReviewLevel.SQUAD;
    }
}
