package jp.tomoni.application.community;

/**
 * Something a member may want to hear about by e-mail (issue: approvals, new messages, session
 * reminders). Fired inside the transaction; mailed only after it commits, and only if the member
 * chose that kind. The notice never carries the message text or anyone's name.
 */
public record CommunityNotice(String tenantId, String account, Kind kind, String subjectId) {
    public enum Kind {
        /** A group proposal decided, a mentor approved, a match approved. */
        APPROVAL,
        /** A new message. */
        MESSAGE,
        /** A booked session tomorrow. */
        REMINDER,
        /** A booked session was cancelled by its runners (the same choice as reminders: about one's bookings). */
        CANCELLED,
        /** A crisis report (self-harm, safety): to the tenant's consultants and their chief, whatever they chose. */
        CRISIS
    }
}
