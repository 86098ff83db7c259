package jp.tomoni.domain.casework.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.shared.InvalidInputException;

class ClosureTest {
    static final LocalDate TODAY = LocalDate.parse("2026-05-01");

    static Closure proposed(ClosureKind kind) {
        return Closure.propose("midorino", UUID.randomUUID(), null,
                new Closure.Draft(kind, true, "就職できたので終わりにしたい", "目標達成", TODAY), "worker", Instant.now());
    }

    @Test
    void a_closure_is_confirmed_only_after_a_meeting_heard_it() {
        Closure c = proposed(ClosureKind.TERMINATION);
        var confirmation = new Closure.Confirmation(TODAY, Closure.FollowUp.FOLLOW_UP, TODAY.plusMonths(6));
        assertThrows(InvalidInputException.class, () -> c.confirm(confirmation, "worker", TODAY));
        c.heard(UUID.randomUUID(), TODAY, false);
        assertEquals(Closure.Status.PROPOSED, c.status());
        c.heard(UUID.randomUUID(), TODAY, true);
        c.confirm(confirmation, "worker", TODAY);
        assertEquals(Closure.Status.CONFIRMED, c.status());
    }

    @Test
    void a_termination_needs_the_persons_wish_but_a_suspension_does_not() {
        var termination = new Closure.Draft(ClosureKind.TERMINATION, false, null, "転居", TODAY);
        assertEquals("closure.wishNotConfirmed", termination.violations(TODAY).get(0).code());
        assertEquals(0, new Closure.Draft(ClosureKind.SUSPENSION, false, null, "連絡途絶", TODAY).violations(TODAY).size());
    }

    @Test
    void a_termination_decides_the_follow_up() {
        Closure c = proposed(ClosureKind.TERMINATION);
        c.heard(UUID.randomUUID(), TODAY, true);
        assertThrows(InvalidInputException.class, () -> c.confirm(new Closure.Confirmation(TODAY, null, null), "w", TODAY));
        assertThrows(InvalidInputException.class,
                () -> c.confirm(new Closure.Confirmation(TODAY, Closure.FollowUp.FOLLOW_UP, TODAY), "w", TODAY));
        assertEquals(ClosureKind.SUSPENSION.caseStatus(), jp.tomoni.domain.casework.CaseStatus.SUSPENDED);
    }
}
