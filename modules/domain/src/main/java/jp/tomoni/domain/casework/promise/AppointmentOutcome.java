package jp.tomoni.domain.casework.promise;

/** How an appointment with the person went. */
public enum AppointmentOutcome {
    KEPT,
    /** The person did not come and did not call off. */
    MISSED,
    /** The person called it off. */
    CANCELLED;

    /** Missed or cancelled: the person was not met. */
    public boolean isUnkept() {
        return this != KEPT;
    }
}
