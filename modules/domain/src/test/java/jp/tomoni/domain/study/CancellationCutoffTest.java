package jp.tomoni.domain.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class CancellationCutoffTest {
    static final Instant START = Instant.parse("2026-12-08T09:00:00Z");

    @Test
    void cancelling_before_the_cut_off_frees_the_seat_without_a_mark() {
        assertEquals(CancellationCutoff.Kind.IN_TIME, CancellationCutoff.classify(START, 24, Instant.parse("2026-12-07T08:59:59Z")));
        assertEquals(BookingStatus.CANCELLED, CancellationCutoff.cancelledStatus(START, 24, Instant.parse("2026-12-06T00:00:00Z")));
    }

    @Test
    void the_cut_off_instant_itself_is_still_in_time() {
        assertEquals(CancellationCutoff.Kind.IN_TIME, CancellationCutoff.classify(START, 24, Instant.parse("2026-12-07T09:00:00Z")));
    }

    @Test
    void cancelling_after_the_cut_off_is_marked_a_late_cancellation() {
        assertEquals(BookingStatus.LATE_CANCELLED, CancellationCutoff.cancelledStatus(START, 24, Instant.parse("2026-12-07T09:00:01Z")));
        assertEquals(BookingStatus.LATE_CANCELLED, CancellationCutoff.cancelledStatus(START, 24, Instant.parse("2026-12-08T08:59:00Z")));
    }

    @Test
    void a_cut_off_of_zero_hours_allows_cancelling_until_the_start() {
        assertEquals(BookingStatus.CANCELLED, CancellationCutoff.cancelledStatus(START, 0, Instant.parse("2026-12-08T08:59:59Z")));
    }

    @Test
    void once_the_session_has_begun_there_is_nothing_to_cancel() {
        assertEquals(CancellationCutoff.Kind.STARTED, CancellationCutoff.classify(START, 24, START));
        assertThrows(IllegalStateException.class, () -> CancellationCutoff.cancelledStatus(START, 24, START.plusSeconds(60)));
    }

    @Test
    void a_cut_off_is_at_most_a_week() {
        assertThrows(IllegalArgumentException.class, () -> CancellationCutoff.classify(START, 169, START));
    }
}
