package cn.summerhotline.complaint.model;

/** A WGS-84 point where the matter was seen. */
public record Location(double lat, double lng) {

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    public Location {
        if (!(lat >= -90 && lat <= 90) || !(lng >= -180 && lng <= 180)) {
            throw new ComplaintRuleViolation("location", "latitude must be within ±90 and longitude within ±180");
        }
    }

    /** Great-circle (haversine) distance: the store offers no geo queries, so duplicates are found with this. */
    public double metresTo(Location other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLng = Math.toRadians(other.lng - lng);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat))
                        * Math.cos(Math.toRadians(other.lat))
                        * Math.sin(dLng / 2)
                        * Math.sin(dLng / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
