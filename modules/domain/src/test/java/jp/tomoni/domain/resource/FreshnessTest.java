package jp.tomoni.domain.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class FreshnessTest {
    static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z"); // 12:00 in Japan

    @Test
    void a_record_verified_within_the_months_is_not_due() {
        assertFalse(Freshness.isDue(Instant.parse("2026-06-15T00:00:00Z"), null, NOW, 6));
    }

    @Test
    void a_record_not_verified_for_the_months_is_due() {
        assertTrue(Freshness.isDue(Instant.parse("2026-05-31T00:00:00Z"), null, NOW, 6));
    }

    @Test
    void the_months_count_in_japanese_calendar_days() {
        // 6 months before 2026-12-01 (JST) is 2026-06-01 00:00 JST = 2026-05-31T15:00Z
        assertEquals(Instant.parse("2026-05-31T15:00:00Z"), Freshness.staleBefore(NOW, 6));
    }

    @Test
    void a_report_after_the_last_verification_makes_it_due() {
        assertTrue(Freshness.isDue(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-20T00:00:00Z"), NOW, 12));
    }

    @Test
    void a_verification_after_the_report_settles_it() {
        assertFalse(Freshness.isDue(Instant.parse("2026-11-25T00:00:00Z"), Instant.parse("2026-11-20T00:00:00Z"), NOW, 12));
    }

    @Test
    void an_absent_or_out_of_range_setting_means_twelve_months() {
        assertEquals(12, Freshness.months(null));
        assertEquals(12, Freshness.months(0));
        assertEquals(12, Freshness.months(61));
        assertEquals(3, Freshness.months(3));
    }
}
