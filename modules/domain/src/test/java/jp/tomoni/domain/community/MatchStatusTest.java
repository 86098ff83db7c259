package jp.tomoni.domain.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MatchStatusTest {
    /** Every allowed transition; anything else throws. */
    static final Map<MatchStatus, Map<MatchEvent, MatchStatus>> ALLOWED = new EnumMap<>(Map.of(
            MatchStatus.REQUESTED, Map.of(MatchEvent.ACCEPT, MatchStatus.ACCEPTED, MatchEvent.DECLINE, MatchStatus.DECLINED,
                    MatchEvent.END, MatchStatus.ENDED),
            MatchStatus.ACCEPTED, Map.of(MatchEvent.APPROVE, MatchStatus.ACTIVE, MatchEvent.REJECT, MatchStatus.REJECTED,
                    MatchEvent.END, MatchStatus.ENDED),
            MatchStatus.ACTIVE, Map.of(MatchEvent.END, MatchStatus.ENDED)));

    @Test
    void the_mentor_accepts_and_then_staff_approve_before_a_match_is_active() {
        MatchStatus s = MatchStatus.REQUESTED.next(MatchEvent.ACCEPT);
        assertEquals(MatchStatus.ACCEPTED, s);
        assertEquals(MatchStatus.ACTIVE, s.next(MatchEvent.APPROVE));
    }

    @Test
    void the_mentor_declines_a_request_and_staff_reject_an_accepted_match() {
        assertEquals(MatchStatus.DECLINED, MatchStatus.REQUESTED.next(MatchEvent.DECLINE));
        assertEquals(MatchStatus.REJECTED, MatchStatus.ACCEPTED.next(MatchEvent.REJECT));
    }

    @Test
    void staff_cannot_approve_a_match_the_mentor_has_not_accepted() {
        assertThrows(IllegalStateException.class, () -> MatchStatus.REQUESTED.next(MatchEvent.APPROVE));
        assertThrows(IllegalStateException.class, () -> MatchStatus.REQUESTED.next(MatchEvent.REJECT));
    }

    @Test
    void either_person_may_end_an_open_match() {
        assertEquals(MatchStatus.ENDED, MatchStatus.REQUESTED.next(MatchEvent.END));
        assertEquals(MatchStatus.ENDED, MatchStatus.ACCEPTED.next(MatchEvent.END));
        assertEquals(MatchStatus.ENDED, MatchStatus.ACTIVE.next(MatchEvent.END));
    }

    @Test
    void every_transition_not_listed_is_refused() {
        for (MatchStatus s : MatchStatus.values()) {
            for (MatchEvent e : MatchEvent.values()) {
                MatchStatus expected = ALLOWED.getOrDefault(s, Map.of()).get(e);
                if (expected == null) {
                    assertThrows(IllegalStateException.class, () -> s.next(e), s + " " + e);
                } else {
                    assertEquals(expected, s.next(e), s + " " + e);
                }
            }
        }
    }

    @Test
    void declined_rejected_and_ended_matches_are_final() {
        for (MatchStatus s : List.of(MatchStatus.DECLINED, MatchStatus.REJECTED, MatchStatus.ENDED)) {
            for (MatchEvent e : MatchEvent.values()) {
                assertThrows(IllegalStateException.class, () -> s.next(e), s + " " + e);
            }
        }
    }

    @Test
    void only_an_active_match_is_active() {
        assertEquals(List.of(MatchStatus.ACTIVE), Arrays.stream(MatchStatus.values()).filter(MatchStatus::active).toList());
    }

    @Test
    void requested_accepted_and_active_matches_are_open() {
        assertEquals(Set.of(MatchStatus.REQUESTED, MatchStatus.ACCEPTED, MatchStatus.ACTIVE),
                Set.copyOf(Arrays.stream(MatchStatus.values()).filter(MatchStatus::open).toList()));
    }
}
