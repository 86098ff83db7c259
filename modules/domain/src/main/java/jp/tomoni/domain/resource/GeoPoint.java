package jp.tomoni.domain.resource;

import java.util.ArrayList;
import java.util.List;

import jp.tomoni.domain.shared.FieldViolation;

/** A point in WGS 84 degrees; both or neither of a record's latitude and longitude are given. */
public record GeoPoint(double latitude, double longitude) {
    private static final double EARTH_RADIUS_KM = 6371.0088;

    /** The violations of an entered pair (either may be null), reported on {@code prefix}latitude/longitude. */
    public static List<FieldViolation> violations(Double latitude, Double longitude, String prefix) {
        List<FieldViolation> out = new ArrayList<>();
        if ((latitude == null) != (longitude == null)) {
            out.add(FieldViolation.of(prefix + (latitude == null ? "latitude" : "longitude"), "geo.bothOrNeither"));
            return out;
        }
        if (latitude != null && (latitude.isNaN() || latitude < -90 || latitude > 90)) {
            out.add(FieldViolation.of(prefix + "latitude", "outOfRange", -90, 90));
        }
        if (longitude != null && (longitude.isNaN() || longitude < -180 || longitude > 180)) {
            out.add(FieldViolation.of(prefix + "longitude", "outOfRange", -180, 180));
        }
        return out;
    }

    /** Great-circle distance in kilometres (haversine). */
    public double kilometresTo(GeoPoint other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
