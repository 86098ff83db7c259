package jp.tomoni.domain.employment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/** The warning signs noted at one contact on {@code on}; none noted is an empty set. */
public record SignsSeen(LocalDate on, Set<WarningSign> signs) {
    public SignsSeen {
        Objects.requireNonNull(on, "on");
        signs = signs == null ? Set.of() : Set.copyOf(signs);
    }
}
