package jp.tomoni.domain.community;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The session reminders of the current tenant: booked seats of coming sessions whose reminder has not
 * been handled yet, and marking one handled ({@code community_booking.reminded_at}), so each booking
 * is reminded at most once.
 */
public interface ReminderRepository {
    /**
     * Up to {@code limit} bookings not cancelled and not yet reminded, of sessions not cancelled of open
     * (approved) groups starting in [{@code from}, {@code to}), the earliest first. Rows another
     * transaction is handling right now are skipped, so two servers never take the same booking.
     */
    List<Due> dueReminders(Instant from, Instant to, int limit);

    /** Marks the booking's reminder handled (whether or not a mail went out); a second call changes nothing. */
    void reminded(UUID sessionId, UUID memberId, Instant at);

    /**
     * A booking whose session starts soon: who booked (their account and whether they want reminders)
     * and the session. The group title is for logs and screens, never for a mail.
     */
    record Due(UUID sessionId, UUID memberId, String account, boolean notifyReminders, Instant startsAt,
               String groupTitle) {
    }
}
