package jp.tomoni.domain.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jp.tomoni.domain.shared.FieldViolation;

/** What staff enter for a location; coordinates may be typed in or imported. */
public record LocationDraft(String name, String postalCode, String address, String district, Double latitude,
                            Double longitude, boolean confidential, String accessibility, String hours) {
    private static final Pattern POSTAL = Pattern.compile("[0-9０-９]{3}[-－ー]?[0-9０-９]{4}");
    public static final int DISTRICT_MAX = 60;

    public List<FieldViolation> violations() {
        List<FieldViolation> out = new ArrayList<>();
        if (name == null || name.isBlank()) {
            out.add(FieldViolation.of("name", "required"));
        } else if (name.length() > ResourceDraft.NAME_MAX) {
            out.add(FieldViolation.of("name", "tooLong", ResourceDraft.NAME_MAX));
        }
        if (postalCode != null && !postalCode.isBlank() && !POSTAL.matcher(postalCode.strip()).matches()) {
            out.add(FieldViolation.of("postalCode", "postalCode"));
        }
        if (address != null && address.length() > ResourceDraft.ADDRESS_MAX) {
            out.add(FieldViolation.of("address", "tooLong", ResourceDraft.ADDRESS_MAX));
        }
        if (district != null && district.length() > DISTRICT_MAX) {
            out.add(FieldViolation.of("district", "tooLong", DISTRICT_MAX));
        }
        if (accessibility != null && accessibility.length() > ResourceDraft.SHORT_MAX) {
            out.add(FieldViolation.of("accessibility", "tooLong", ResourceDraft.SHORT_MAX));
        }
        if (hours != null && hours.length() > ResourceDraft.SHORT_MAX) {
            out.add(FieldViolation.of("hours", "tooLong", ResourceDraft.SHORT_MAX));
        }
        out.addAll(GeoPoint.violations(latitude, longitude, ""));
        return out;
    }

    public GeoPoint point() {
        return latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
    }
}
