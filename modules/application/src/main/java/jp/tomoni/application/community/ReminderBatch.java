package jp.tomoni.application.community;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.domain.community.ReminderRepository;
import jp.tomoni.domain.community.ReminderRepository.Due;

/** One transaction of the reminders for the bound tenant: take the due bookings and mark them reminded. */
@ApplicationScoped
public class ReminderBatch {
    /** How many bookings one transaction takes. */
    static final int SIZE = 200;

    @Inject
    ReminderRepository reminders;

    /**
     * Marks up to {@value #SIZE} due bookings of sessions starting in [{@code from}, {@code to}) reminded at
     * {@code now}, also those of members who want no reminder (so they are not looked at again), and
     * returns all of them; the caller mails those who want one once this has committed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Due> claim(Instant from, Instant to, Instant now) {
        List<Due> due = reminders.dueReminders(from, to, SIZE);
        for (Due d : due) {
            reminders.reminded(d.sessionId(), d.memberId(), now);
        }
        return due;
    }
}
