package jp.tomoni.domain.casework.plan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Plans of the current tenant's cases and what follows them (added through the case repository). */
public interface PlanRepository {
    /** Oldest first. */
    List<Plan> plans(UUID caseId);

    Optional<Plan> find(UUID planId);

    /** Every plan of the tenant in {@code status}, oldest first. */
    List<Plan> withStatus(PlanStatus status);

    List<PlanRevision> revisions(UUID planId);

    /** Revisions of every plan of the case. */
    List<PlanRevision> revisionsOfCase(UUID caseId);

    Optional<PlanDecision> decision(UUID planId);

    List<PlanDecision> decisionsOfCase(UUID caseId);

    List<Monitoring> monitoring(UUID caseId);

    List<Evaluation> evaluations(UUID caseId);

    List<Closure> closures(UUID caseId);

    Optional<Closure> closure(UUID closureId);

    /** Closures of the tenant not yet heard by a meeting. */
    List<Closure> proposedClosures();

    /**
     * The plans in delivery of {@code worker}'s cases whose monitoring is due on {@code today}
     * ({@link MonitoringSchedule#isDue}), the longest-waiting first.
     */
    List<MonitoringDue> monitoringDueOf(String worker, java.time.LocalDate today);

    /** A monitoring to do, with enough of its case to open it. */
    record MonitoringDue(UUID caseId, String caseNumber, String personName, java.time.LocalDate month) {
    }
}
