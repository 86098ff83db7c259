package jp.tomoni.domain.community;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.community.Messaging.Party;
import jp.tomoni.domain.community.Messaging.Tie;

class MessagingTest {
    static final Party STAFF = new Party(true, false);
    static final Party MEMBER = new Party(false, false);
    static final Party MINOR = new Party(false, true);

    @Test
    void staff_and_members_may_message_each_other_without_a_tie() {
        assertTrue(Messaging.mayMessage(STAFF, MEMBER, Tie.NONE, false));
        assertTrue(Messaging.mayMessage(MEMBER, STAFF, Tie.NONE, false));
        assertTrue(Messaging.mayMessage(MEMBER, STAFF, Tie.MENTORING, false));
    }

    @Test
    void two_members_may_message_each_other_only_with_a_mentoring_or_tutoring_tie() {
        assertFalse(Messaging.mayMessage(MEMBER, MEMBER, Tie.NONE, false));
        assertTrue(Messaging.mayMessage(MEMBER, MEMBER, Tie.MENTORING, false));
        assertTrue(Messaging.mayMessage(MEMBER, MEMBER, Tie.TUTORING, false));
    }

    @Test
    void nobody_messages_a_minor_and_a_minor_messages_nobody() {
        for (Tie tie : Tie.values()) {
            assertFalse(Messaging.mayMessage(STAFF, MINOR, tie, false));
            assertFalse(Messaging.mayMessage(MINOR, STAFF, tie, false));
            assertFalse(Messaging.mayMessage(MEMBER, MINOR, tie, false));
            assertFalse(Messaging.mayMessage(MINOR, MEMBER, tie, false));
        }
        assertFalse(Messaging.mayMessage(new Party(true, true), MEMBER, Tie.NONE, false));
    }

    @Test
    void a_block_either_way_stops_all_messages() {
        assertFalse(Messaging.mayMessage(STAFF, MEMBER, Tie.NONE, true));
        assertFalse(Messaging.mayMessage(MEMBER, STAFF, Tie.NONE, true));
        assertFalse(Messaging.mayMessage(MEMBER, MEMBER, Tie.MENTORING, true));
    }

    @Test
    void staff_do_not_message_each_other_here() {
        assertFalse(Messaging.mayMessage(STAFF, STAFF, Tie.NONE, false));
        assertFalse(Messaging.mayMessage(STAFF, STAFF, Tie.MENTORING, false));
    }

    @Test
    void a_missing_party_or_tie_is_a_programming_error() {
        assertThrows(NullPointerException.class, () -> Messaging.mayMessage(null, MEMBER, Tie.NONE, false));
        assertThrows(NullPointerException.class, () -> Messaging.mayMessage(MEMBER, null, Tie.NONE, false));
        assertThrows(NullPointerException.class, () -> Messaging.mayMessage(MEMBER, MEMBER, null, false));
    }
}
