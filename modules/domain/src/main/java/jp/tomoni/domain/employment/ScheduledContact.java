package jp.tomoni.domain.employment;

import java.time.LocalDate;
import java.util.Objects;

/** One contact the retention plan calls for, to be done by {@code due} (see {@link RetentionSchedule}). */
public record ScheduledContact(ContactKind kind, LocalDate due) {
    public ScheduledContact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
    }
}
