package jp.tomoni.domain.casework.promise;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Promises of the current tenant's cases. */
public interface PromiseRepository {
    void add(CasePromise promise);

    Optional<CasePromise> find(UUID id);

    List<CasePromise> ofCase(UUID caseId);

    /** Open promises of one owner due before {@code until}, oldest first, with their case's number and person. */
    List<DuePromise> openOf(String owner, Instant until);

    /** An open promise on someone's list, with enough of its case to open it. */
    record DuePromise(CasePromise promise, String caseNumber, String personName) {
    }
}
