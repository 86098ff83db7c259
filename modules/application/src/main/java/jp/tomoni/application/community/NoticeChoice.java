package jp.tomoni.application.community;

import java.util.Objects;

import jp.tomoni.domain.community.CommunityMember;

/** Which of a member's choices lets which kind of notice go out by mail. */
public final class NoticeChoice {
    private NoticeChoice() {
    }

    /** Whether a member who chose {@code settings} wants a mail of this kind. */
    public static boolean wanted(CommunityNotice.Kind kind, CommunityMember.Settings settings) {
        Objects.requireNonNull(kind, "kind");
        if (kind == CommunityNotice.Kind.CRISIS) {
            // staff are alerted to a crisis report whatever they chose, member or not
            return true;
        }
        if (settings == null) {
            return false;
        }
        return switch (kind) {
            case APPROVAL -> settings.notifyApprovals();
            case MESSAGE -> settings.notifyMessages();
            case REMINDER, CANCELLED -> settings.notifyReminders();
            case CRISIS -> true; // answered above
        };
    }
}
