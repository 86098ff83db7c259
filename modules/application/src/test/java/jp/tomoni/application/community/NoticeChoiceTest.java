package jp.tomoni.application.community;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import jp.tomoni.application.community.CommunityNotice.Kind;
import jp.tomoni.domain.community.CommunityMember.Settings;

class NoticeChoiceTest {
    static Settings choosing(boolean approvals, boolean messages, boolean reminders) {
        return new Settings("メンバー1234", false, approvals, messages, reminders);
    }

    @Test
    void each_kind_goes_out_only_when_its_own_choice_is_on() {
        assertTrue(NoticeChoice.wanted(Kind.APPROVAL, choosing(true, false, false)));
        assertTrue(NoticeChoice.wanted(Kind.MESSAGE, choosing(false, true, false)));
        assertTrue(NoticeChoice.wanted(Kind.REMINDER, choosing(false, false, true)));
    }

    @Test
    void another_kind_chosen_does_not_let_a_mail_out() {
        assertFalse(NoticeChoice.wanted(Kind.APPROVAL, choosing(false, true, true)));
        assertFalse(NoticeChoice.wanted(Kind.MESSAGE, choosing(true, false, true)));
        assertFalse(NoticeChoice.wanted(Kind.REMINDER, choosing(true, true, false)));
    }

    @Test
    void a_crisis_alert_goes_to_staff_whatever_they_chose_or_whether_they_ever_joined_the_community() {
        assertTrue(NoticeChoice.wanted(Kind.CRISIS, choosing(false, false, false)));
        assertTrue(NoticeChoice.wanted(Kind.CRISIS, null));
    }

    @Test
    void nothing_chosen_or_no_member_means_no_mail() {
        for (Kind k : java.util.EnumSet.complementOf(java.util.EnumSet.of(Kind.CRISIS))) {
            assertFalse(NoticeChoice.wanted(k, choosing(false, false, false)), k.name());
            assertFalse(NoticeChoice.wanted(k, null), k.name());
        }
    }
}
