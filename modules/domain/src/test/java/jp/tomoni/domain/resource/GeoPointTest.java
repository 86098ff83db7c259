package jp.tomoni.domain.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class GeoPointTest {

    @Test
    void latitude_and_longitude_come_together_or_not_at_all() {
        assertEquals(List.of("longitude"), GeoPoint.violations(35.0, null, "").stream().map(v -> v.field()).toList());
        assertTrue(GeoPoint.violations(null, null, "").isEmpty());
    }

    @Test
    void coordinates_out_of_range_are_refused() {
        assertEquals(List.of("location.latitude", "location.longitude"),
                GeoPoint.violations(91.0, 181.0, "location.").stream().map(v -> v.field()).toList());
    }

    @Test
    void distance_is_the_great_circle_distance() {
        // Tokyo Station to Shinjuku Station: about 6.2 km
        double km = new GeoPoint(35.6812, 139.7671).kilometresTo(new GeoPoint(35.6896, 139.7006));
        assertEquals(6.1, km, 0.3);
    }
}
