package jp.tomoni.domain.jobs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.casework.ConsentMethod;
import jp.tomoni.domain.shared.ConflictException;

class CandidateConsentTest {
    static final LocalDate TODAY = LocalDate.of(2026, 4, 1);
    static final Instant NOW = Instant.parse("2026-04-01T01:00:00Z");
    static final UUID COMPANY = UUID.fromString("00000000-0000-0000-0000-0000000c0001");
    static final UUID OTHER_COMPANY = UUID.fromString("00000000-0000-0000-0000-0000000c0002");
    static final UUID MEMBER = UUID.fromString("00000000-0000-0000-0000-0000000a0001");
    static final UUID CASE = UUID.fromString("00000000-0000-0000-0000-0000000ca5e1");

    private static JobPosting openPosting() {
        JobPosting p = JobPosting.write("midorino", COMPANY, new JobPosting.Draft("事務補助", "データ入力と書類整理",
                "みどり野市本町1-2-3", "10:00〜15:00", 20, 1100, null, WageUnit.HOUR, EmploymentType.PART_TIME,
                TrialEmployment.DEDICATED, true, Set.of(Accommodation.QUIET_WORKSPACE), true, TODAY.plusDays(30)),
                "recruiter-1", NOW);
        p.submit(true, TODAY, NOW);
        return p;
    }

    private static JobInterest expressed() {
        return JobInterest.express("midorino", openPosting(), MEMBER, null, null, TODAY, NOW);
    }

    private static JobInterest passed() {
        JobInterest i = expressed();
        i.pass(CASE, TODAY, ConsentMethod.PAPER, null, TODAY, "supporter", NOW);
        return i;
    }

    @Test
    void the_company_does_not_see_an_interest_the_supporter_has_not_passed() {
        assertFalse(CandidateConsent.companySees(COMPANY, expressed()));
    }

    @Test
    void the_company_sees_a_candidate_once_passed_with_consent() {
        assertTrue(CandidateConsent.companySees(COMPANY, passed()));
    }

    @Test
    void another_company_never_sees_the_candidate() {
        JobInterest i = passed();
        assertFalse(CandidateConsent.companySees(OTHER_COMPANY, i));
        assertFalse(CandidateConsent.companySees(null, i));
    }

    @Test
    void an_interest_not_passed_stays_hidden() {
        JobInterest i = expressed();
        i.notPass("今回は見送ります", "supporter", NOW);
        assertFalse(CandidateConsent.companySees(COMPANY, i));
    }

    @Test
    void the_company_no_longer_sees_a_candidate_who_withdrew() {
        JobInterest i = passed();
        i.withdraw(NOW);
        assertFalse(CandidateConsent.companySees(COMPANY, i));
    }

    @Test
    void after_an_outcome_the_candidate_cannot_withdraw_and_stays_visible() {
        JobInterest i = passed();
        i.recordOutcome(HiringOutcome.HIRED, TODAY, TODAY.plusDays(7), TODAY);
        assertThrows(ConflictException.class, () -> i.withdraw(NOW));
        assertTrue(CandidateConsent.companySees(COMPANY, i));
    }
}
