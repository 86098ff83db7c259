package jp.tomoni.domain.study;

/** A child's place in one session. Only a confirmed booking holds a seat. */
public enum BookingStatus {
    CONFIRMED, WAITLISTED, CANCELLED, LATE_CANCELLED;

    /** Confirmed or waiting: the child counts as booked and cannot be booked again. */
    public boolean active() {
        return this == CONFIRMED || this == WAITLISTED;
    }
}
