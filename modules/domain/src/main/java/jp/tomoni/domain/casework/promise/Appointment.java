package jp.tomoni.domain.casework.promise;

import java.time.Instant;
import java.util.Objects;

/** An appointment with the person at {@code at}; {@code outcome} is null while it has not taken place. */
public record Appointment(Instant at, AppointmentOutcome outcome) {

    public Appointment {
        Objects.requireNonNull(at, "at");
    }
}
