package jp.tomoni.domain.community;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FirstPostRuleTest {
    @Test
    void a_new_members_posts_wait_for_approval_until_two_were_approved() {
        assertTrue(FirstPostRule.needsApproval(0, false));
        assertTrue(FirstPostRule.needsApproval(1, false));
        assertFalse(FirstPostRule.needsApproval(2, false));
        assertFalse(FirstPostRule.needsApproval(3, false));
    }

    @Test
    void staff_never_wait_for_approval() {
        assertFalse(FirstPostRule.needsApproval(0, true));
        assertFalse(FirstPostRule.needsApproval(1, true));
    }

    @Test
    void a_negative_count_is_refused_for_members_and_staff() {
        assertThrows(IllegalArgumentException.class, () -> FirstPostRule.needsApproval(-1, false));
        assertThrows(IllegalArgumentException.class, () -> FirstPostRule.needsApproval(-1, true));
    }
}
