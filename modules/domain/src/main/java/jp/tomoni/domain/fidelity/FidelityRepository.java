package jp.tomoni.domain.fidelity;

import java.time.LocalDate;
import java.util.List;

/** Port: what the records show over a period, and the tenant's saved self-assessments. */
public interface FidelityRepository {
    /** What the records of the current tenant show from {@code from} to {@code to} (inclusive). */
    FidelityFacts facts(LocalDate from, LocalDate to);

    void add(FidelityAssessment assessment);

    /** Every saved assessment of the current tenant, oldest first. */
    List<FidelityAssessment> assessments();
}
