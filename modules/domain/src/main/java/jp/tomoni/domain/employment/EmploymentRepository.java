package jp.tomoni.domain.employment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.tomoni.domain.casework.promise.CasePromise;

/** Employment support, jobs, retention plans and contacts of the current tenant. */
public interface EmploymentRepository {
    Optional<EmploymentSupport> support(UUID caseId);

    void add(EmploymentSupport support);

    void add(JobActivity activity);

    void add(Employment job);

    void add(RetentionPlan plan);

    void add(RetentionContact contact);

    List<JobActivity> activities(UUID caseId);

    /** The case's jobs, the latest start first. */
    List<Employment> jobs(UUID caseId);

    Optional<Employment> job(UUID id);

    /** The case's retention plans, the latest first. */
    List<RetentionPlan> plans(UUID caseId);

    Optional<RetentionPlan> plan(UUID id);

    Optional<RetentionPlan> activePlan(UUID caseId);

    /** The case's contacts, the latest first. */
    List<RetentionContact> contacts(UUID caseId);

    /** The plan's open promises (interviews, employer visits), the earliest due first. */
    List<CasePromise> openPromises(UUID planId);

    /** Every active retention plan of the tenant with what the board shows of it. */
    List<BoardPlan> activePlans(Instant now);

    /** Warning signs seen since {@code from} in contacts of active plans. */
    List<PlanSigns> signsSince(LocalDate from);

    /** Logs a report or hand-over that left the agency. */
    void recordShare(ReportShare share);

    /** What left the agency about this case, the latest first. */
    List<ReportShare> shares(UUID caseId);

    /** Every job of the tenant, as the outcome rule counts them. */
    List<EmploymentOutcomes.Job> allJobs();

    /** How many cases get employment support, and how many of them are registered with Hello Work. */
    HelloWorkShare helloWorkShare();

    /** A plan on the retention board, before its risk is judged. */
    record BoardPlan(UUID planId, UUID caseId, String caseNumber, String personName, String employer, String job,
                     String owner, LocalDate startsOn, int months, LocalDate lastContact, Instant nextDue, int missed) {
    }

    /** A support report or hand-over given to someone outside the agency, under consent {@code consentId}. */
    record ReportShare(UUID id, UUID caseId, String document, ReportSharing.Recipient recipient, String recipientName,
                       String agency, UUID consentId, Instant sharedAt, String sharedBy) {
    }

    record PlanSigns(UUID planId, SignsSeen seen) {
    }

    /** D-5: Hello Work registration of at least 70 % of employment-support users. */
    record HelloWorkShare(long users, long registered) {
        public static final double TARGET = 0.7;

        public double share() {
            return users == 0 ? 0 : (double) registered / users;
        }

        public boolean meetsTarget() {
            return users > 0 && share() >= TARGET;
        }
    }
}
