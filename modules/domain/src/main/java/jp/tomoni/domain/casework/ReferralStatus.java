package jp.tomoni.domain.casework;

import java.time.LocalDate;

/**
 * A closed-loop referral: sent → accepted or declined by the other window → the outcome recorded.
 * Until the loop closes it has a due date, and past it the referral is overdue.
 */
public enum ReferralStatus {
    SENT, ACCEPTED, DECLINED, COMPLETED;

    public boolean canMoveTo(ReferralStatus next) {
        return switch (this) {
            case SENT -> next == ACCEPTED || next == DECLINED;
            case ACCEPTED -> next == COMPLETED;
            case DECLINED, COMPLETED -> false;
        };
    }

    /** Declined and completed referrals end with a written outcome, so nobody has to ask what happened. */
    public boolean needsOutcome() {
        return this == DECLINED || this == COMPLETED;
    }

    public boolean isClosed() {
        return this == DECLINED || this == COMPLETED;
    }

    public boolean isOverdue(LocalDate dueOn, LocalDate today) {
        return !isClosed() && today.isAfter(dueOn);
    }
}
