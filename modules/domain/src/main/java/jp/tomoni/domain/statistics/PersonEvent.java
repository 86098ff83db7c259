package jp.tomoni.domain.statistics;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Something that happened to a person, dated, as the national figures count it: an intake received, a
 * first plan made, a plan that makes them an employment-support target, work started, income raised,
 * a screening that ended with information only or a referral (to the public-assistance window or
 * elsewhere). {@code person} is the person (client), not the case: one person counts once.
 */
public record PersonEvent(UUID person, UUID caseId, Kind kind, LocalDate on) {
    public enum Kind {
        INTAKE, FIRST_PLAN, EMPLOYMENT_TARGET, EMPLOYED, INCOME_UP, INFO_ONLY, REFERRED, REFERRED_TO_WELFARE
    }

    public PersonEvent {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(on, "on");
    }
}
