package jp.tomoni.domain.casework;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The cases of the current tenant and everything recorded in them. */
public interface CaseRepository {
    /** The next case number of the year, e.g. {@code 2026-0007}; numbers are never reused. */
    String nextCaseNumber(int year);

    void add(Object entity);

    void flush();

    Optional<SupportCase> find(UUID caseId);

    /** The case, its row locked until the transaction ends (for changes that must not interleave). */
    Optional<SupportCase> lock(UUID caseId);

    Client client(UUID clientId);

    List<Consent> consents(UUID caseId);

    Optional<Consent> consent(UUID consentId);

    List<Referral> referrals(UUID caseId);

    Optional<Referral> referral(UUID referralId);

    List<ProgressNote> notes(UUID caseId);

    List<Outreach> outreach(int limit);

    Optional<Outreach> findOutreach(UUID id);

    List<Agency> agencies();

    List<CaseloadRow> caseload(CaseloadQuery query);

    /** Cases of one worker that are not closed, for a staff change. */
    List<SupportCase> openCasesOf(String worker);

    void recordAssignment(UUID caseId, String from, String to, String actor);

    /** Assignment history of a case: who had it from when. */
    List<TimelineEvent> assignments(UUID caseId);

    /** Recomputes the case's next due date from everything open in it. */
    void refreshNextDue(UUID caseId);

    List<AccessLogEntry> accessLog(UUID caseId, int limit);
}
