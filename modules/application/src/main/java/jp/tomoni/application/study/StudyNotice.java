package jp.tomoni.application.study;

import java.time.Instant;

/**
 * Something a guardian should hear about a child's booking, by e-mail after the change commits (if
 * they chose mails about their bookings). Never carries the child's name: a mail may be read by others.
 */
public record StudyNotice(String tenantId, String account, Kind kind, Instant startsAt) {
    public enum Kind {
        /** A seat freed and the child got it from the waitlist. */
        PROMOTED,
        /** The session moved to another date or time. */
        MOVED,
        /** The NPO cancelled the session. */
        CANCELLED,
        /** The session is coming (the group's lead time). */
        REMINDER
    }
}
