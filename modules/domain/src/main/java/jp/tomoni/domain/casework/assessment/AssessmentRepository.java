package jp.tomoni.domain.casework.assessment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Assessment answers, their history and strengths of the current tenant's cases (added through the case repository). */
public interface AssessmentRepository {
    List<AssessmentAnswer> answers(UUID caseId);

    /** Oldest first. */
    List<AssessmentChange> changes(UUID caseId);

    /** Strengths not removed, oldest first. */
    List<StrengthEntry> strengths(UUID caseId);

    Optional<StrengthEntry> strength(UUID strengthId);
}
