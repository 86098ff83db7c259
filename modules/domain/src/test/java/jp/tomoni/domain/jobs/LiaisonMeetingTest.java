package jp.tomoni.domain.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;

class LiaisonMeetingTest {
    static final LocalDate HELD_ON = LocalDate.of(2026, 4, 15);
    static final Instant NOW = Instant.parse("2026-04-01T01:00:00Z");
    static final Instant AFTER = Instant.parse("2026-04-15T08:00:00Z");

    static List<String> fields(List<FieldViolation> v) {
        return v.stream().map(f -> f.field() + ":" + f.code()).toList();
    }

    private static LiaisonMeeting planned() {
        return LiaisonMeeting.plan("midorino",
                new LiaisonMeeting.Draft(HELD_ON, "春の企業連絡会", "市民センター 第1会議室", "定着支援の事例共有"), "staff", NOW);
    }

    @Test
    void a_meeting_needs_a_day_and_a_title() {
        var d = new LiaisonMeeting.Draft(null, " ", null, null);
        assertEquals(List.of("heldOn:required", "title:required"), fields(d.violations()));
        assertThrows(InvalidInputException.class, () -> LiaisonMeeting.plan("midorino", d, "staff", NOW));
        LiaisonMeeting m = planned();
        assertEquals(HELD_ON, m.heldOn());
        assertFalse(m.recorded());
    }

    @Test
    void attendance_is_not_recorded_before_the_day_it_was_held() {
        LiaisonMeeting m = planned();
        var e = assertThrows(InvalidInputException.class,
                () -> m.recordAttendance("議事録", HELD_ON.minusDays(1), NOW));
        assertEquals(List.of("heldOn:jobs.notHeldYet"), fields(e.violations()));
        assertFalse(m.recorded());
        assertEquals("定着支援の事例共有", m.note());
    }

    @Test
    void attendance_is_recorded_on_the_day_held_or_later_with_the_minutes() {
        LiaisonMeeting m = planned();
        m.recordAttendance("  3社が参加。次回は夏に開催  ", HELD_ON, AFTER);
        assertTrue(m.recorded());
        assertEquals("3社が参加。次回は夏に開催", m.note());

        LiaisonMeeting later = planned();
        later.recordAttendance(null, HELD_ON.plusDays(3), AFTER);
        assertTrue(later.recorded());
        assertEquals("定着支援の事例共有", later.note());
    }

    @Test
    void attendance_is_recorded_once() {
        LiaisonMeeting m = planned();
        m.recordAttendance("議事録", HELD_ON, AFTER);
        assertThrows(ConflictException.class, () -> m.recordAttendance("訂正", HELD_ON.plusDays(1), AFTER));
        assertEquals("議事録", m.note());
    }
}
