package jp.tomoni.domain.casework.promise;

import static jp.tomoni.domain.casework.promise.AppointmentOutcome.CANCELLED;
import static jp.tomoni.domain.casework.promise.AppointmentOutcome.KEPT;
import static jp.tomoni.domain.casework.promise.AppointmentOutcome.MISSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PromiseRulesTest {
    private static final Instant NOW = Instant.parse("2025-06-02T01:00:00Z");

    private static Promise open(Duration fromNow) {
        return new Promise(PromiseKind.CALL_BACK, "worker", NOW.plus(fromNow), null);
    }

    private static List<Appointment> outcomes(AppointmentOutcome... oldestFirst) {
        List<Appointment> out = new ArrayList<>();
        for (int i = 0; i < oldestFirst.length; i++) {
            out.add(new Appointment(NOW.minus(Duration.ofDays(7L * (oldestFirst.length - i))), oldestFirst[i]));
        }
        return out;
    }

    @Test
    void an_unkept_promise_past_its_due_date_is_overdue() {
        Promise late = open(Duration.ofMinutes(-1));
        assertTrue(PromiseRules.isOverdue(late, NOW));
        assertEquals(PromiseStatus.OVERDUE, PromiseRules.status(late, NOW));
        assertFalse(PromiseRules.isAtRisk(late, NOW), "overdue is worse than at risk and shown as such");
    }

    @Test
    void a_kept_promise_is_never_overdue() {
        Promise kept = new Promise(PromiseKind.DOCUMENT, "worker", NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(4)));
        assertFalse(PromiseRules.isOverdue(kept, NOW));
        assertEquals(PromiseStatus.DONE, PromiseRules.status(kept, NOW));
    }

    @Test
    void an_unkept_promise_due_within_a_day_is_at_risk() {
        assertTrue(PromiseRules.isAtRisk(open(Duration.ofHours(23)), NOW));
        assertTrue(PromiseRules.isAtRisk(open(Duration.ofHours(24)), NOW));
        assertEquals(PromiseStatus.AT_RISK, PromiseRules.status(open(Duration.ZERO), NOW));
        assertFalse(PromiseRules.isAtRisk(open(Duration.ofHours(25)), NOW));
        assertEquals(PromiseStatus.ON_TRACK, PromiseRules.status(open(Duration.ofDays(3)), NOW));
    }

    @Test
    void missed_appointments_are_counted_apart_from_cancelled_ones() {
        assertEquals(2, PromiseRules.missedCount(outcomes(MISSED, KEPT, CANCELLED, MISSED)));
    }

    @Test
    void two_missed_appointments_in_a_row_suggest_a_home_visit() {
        assertTrue(PromiseRules.needsHomeVisit(outcomes(KEPT, MISSED, MISSED)));
        assertTrue(PromiseRules.needsHomeVisit(outcomes(KEPT, CANCELLED, MISSED)), "cancellations count too");
        assertFalse(PromiseRules.needsHomeVisit(outcomes(KEPT, KEPT, MISSED)));
    }

    @Test
    void a_kept_appointment_ends_the_run_of_missed_ones() {
        assertFalse(PromiseRules.needsHomeVisit(outcomes(MISSED, CANCELLED, KEPT)));
        assertEquals(0, PromiseRules.unkeptInARow(outcomes(MISSED, CANCELLED, KEPT)));
    }

    @Test
    void appointments_are_taken_in_time_order_and_those_still_ahead_are_ignored() {
        var appointments = new ArrayList<>(outcomes(KEPT, MISSED, MISSED));
        appointments.add(new Appointment(NOW.plus(Duration.ofDays(1)), null));
        java.util.Collections.reverse(appointments);
        assertEquals(2, PromiseRules.unkeptInARow(appointments));
        assertTrue(PromiseRules.needsHomeVisit(appointments));
    }
}
