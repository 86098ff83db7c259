package jp.tomoni.application.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PlanTimelineTest {
    static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    static final Instant START = Instant.parse("2026-11-30T15:00:00Z"); // 0:00 in Japan

    @Test
    void an_event_of_a_day_is_placed_when_it_was_recorded_that_day() {
        Instant recorded = Instant.parse("2026-12-01T01:30:00Z");
        assertEquals(recorded, PlanTimeline.on(DAY, recorded));
    }

    @Test
    void an_event_recorded_on_another_day_is_placed_at_the_start_of_its_own_day() {
        assertEquals(START, PlanTimeline.on(DAY, Instant.parse("2026-12-03T01:30:00Z")));
        assertEquals(START, PlanTimeline.on(DAY, Instant.parse("2026-11-30T14:59:00Z")));
        assertEquals(START, PlanTimeline.on(DAY, null));
    }
}
