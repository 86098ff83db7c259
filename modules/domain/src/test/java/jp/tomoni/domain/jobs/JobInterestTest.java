package jp.tomoni.domain.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.casework.ConsentMethod;
import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;

class JobInterestTest {
    static final LocalDate TODAY = LocalDate.of(2026, 4, 1);
    static final Instant NOW = Instant.parse("2026-04-01T01:00:00Z");
    static final LocalDate CLOSES = TODAY.plusDays(30);
    static final UUID COMPANY = UUID.fromString("00000000-0000-0000-0000-0000000c0001");
    static final UUID MEMBER = UUID.fromString("00000000-0000-0000-0000-0000000a0001");
    static final UUID CASE = UUID.fromString("00000000-0000-0000-0000-0000000ca5e1");

    static List<String> fields(List<FieldViolation> v) {
        return v.stream().map(f -> f.field() + ":" + f.code()).toList();
    }

    private static JobPosting.Draft draft() {
        return new JobPosting.Draft("軽作業スタッフ", "部品の検品と梱包", "みどり野市本町1-2-3", "9:00〜15:00", 25, 1100, 1300,
                WageUnit.HOUR, EmploymentType.PART_TIME, TrialEmployment.NONE, true, Set.of(Accommodation.GRADUAL_START),
                true, CLOSES);
    }

    private static JobPosting written() {
        return JobPosting.write("midorino", COMPANY, draft(), "recruiter-1", NOW);
    }

    private static JobPosting openPosting() {
        JobPosting p = written();
        p.submit(true, TODAY, NOW);
        return p;
    }

    private static JobInterest expressed() {
        return JobInterest.express("midorino", openPosting(), MEMBER, null, "短時間から始めたいです", TODAY, NOW);
    }

    private static JobInterest passed() {
        JobInterest i = expressed();
        i.pass(CASE, TODAY, ConsentMethod.PAPER, "通院で月1回休みが必要です", TODAY, "supporter", NOW);
        return i;
    }

    private static JobInterest hired() {
        JobInterest i = passed();
        i.recordOutcome(HiringOutcome.HIRED, TODAY, TODAY.plusDays(14), TODAY);
        return i;
    }

    @Test
    void an_interest_in_an_open_posting_goes_first_to_the_supporter() {
        JobPosting p = openPosting();
        JobInterest i = JobInterest.express("midorino", p, MEMBER, null, "  短時間から始めたいです  ", TODAY, NOW);
        assertEquals(InterestStatus.NEW, i.status());
        assertEquals(p.id(), i.postingId());
        assertEquals(COMPANY, i.companyId());
        assertEquals(MEMBER, i.memberId());
        assertEquals("短時間から始めたいです", i.message());
        assertNull(i.caseId());
        assertFalse(i.hired());
    }

    @Test
    void an_interest_in_a_posting_not_open_is_refused() {
        JobPosting draft = written();
        assertThrows(ConflictException.class, () -> JobInterest.express("midorino", draft, MEMBER, null, null, TODAY, NOW));

        JobPosting pending = written();
        pending.submit(false, TODAY, NOW);
        assertThrows(ConflictException.class,
                () -> JobInterest.express("midorino", pending, MEMBER, null, null, TODAY, NOW));

        JobPosting open = openPosting();
        assertThrows(ConflictException.class,
                () -> JobInterest.express("midorino", open, MEMBER, null, null, CLOSES.plusDays(1), NOW));

        open.close("recruiter-1", NOW);
        assertThrows(ConflictException.class, () -> JobInterest.express("midorino", open, MEMBER, null, null, TODAY, NOW));
    }

    @Test
    void passing_needs_a_case_a_consent_date_and_a_method() {
        JobInterest i = expressed();
        var e = assertThrows(InvalidInputException.class, () -> i.pass(null, null, null, null, TODAY, "supporter", NOW));
        assertEquals(List.of("caseId:jobs.noCase", "consentOn:required", "consentMethod:required"),
                fields(e.violations()));
        assertEquals(InterestStatus.NEW, i.status());
    }

    @Test
    void consent_given_in_the_future_is_refused() {
        JobInterest i = expressed();
        var e = assertThrows(InvalidInputException.class,
                () -> i.pass(CASE, TODAY.plusDays(1), ConsentMethod.IN_APP, null, TODAY, "supporter", NOW));
        assertEquals(List.of("consentOn:notInFuture"), fields(e.violations()));
        assertEquals(InterestStatus.NEW, i.status());
        assertNull(i.consentOn());
    }

    @Test
    void a_passed_interest_keeps_the_consent_and_the_case() {
        JobInterest i = expressed();
        i.pass(CASE, TODAY.minusDays(2), ConsentMethod.IN_APP, " 午前中の勤務を希望 ", TODAY, "supporter", NOW);
        assertEquals(InterestStatus.PASSED, i.status());
        assertEquals(CASE, i.caseId());
        assertEquals(TODAY.minusDays(2), i.consentOn());
        assertEquals(ConsentMethod.IN_APP, i.consentMethod());
        assertEquals("午前中の勤務を希望", i.supporterNote());
        assertEquals("supporter", i.handledBy());
        assertEquals(NOW, i.handledAt());
        assertThrows(ConflictException.class,
                () -> i.pass(CASE, TODAY, ConsentMethod.PAPER, null, TODAY, "supporter", NOW));
        assertThrows(ConflictException.class, () -> i.notPass("やはり見送り", "supporter", NOW));
    }

    @Test
    void not_passing_needs_a_reason_the_person_reads() {
        JobInterest i = expressed();
        var e = assertThrows(InvalidInputException.class, () -> i.notPass(" ", "supporter", NOW));
        assertEquals(List.of("reason:required"), fields(e.violations()));
        assertEquals(InterestStatus.NEW, i.status());

        i.notPass("体調が整ってから、もう一度一緒に探しましょう", "supporter", NOW);
        assertEquals(InterestStatus.NOT_PASSED, i.status());
        assertEquals("体調が整ってから、もう一度一緒に探しましょう", i.supporterNote());
        assertThrows(ConflictException.class,
                () -> i.pass(CASE, TODAY, ConsentMethod.PAPER, null, TODAY, "supporter", NOW));
    }

    @Test
    void the_person_may_withdraw_before_the_outcome() {
        JobInterest fresh = expressed();
        fresh.withdraw(NOW);
        assertEquals(InterestStatus.WITHDRAWN, fresh.status());
        assertEquals(NOW, fresh.withdrawnAt());
        assertThrows(ConflictException.class, () -> fresh.withdraw(NOW));

        JobInterest passed = passed();
        passed.withdraw(NOW);
        assertEquals(InterestStatus.WITHDRAWN, passed.status());
        assertThrows(ConflictException.class, () -> passed.recordOutcome(HiringOutcome.NOT_HIRED, TODAY, null, TODAY));
    }

    @Test
    void withdrawing_after_the_outcome_is_refused() {
        JobInterest i = passed();
        i.recordOutcome(HiringOutcome.NOT_HIRED, TODAY, null, TODAY);
        assertThrows(ConflictException.class, () -> i.withdraw(NOW));
        assertEquals(InterestStatus.PASSED, i.status());
        assertNull(i.withdrawnAt());

        JobInterest h = hired();
        assertThrows(ConflictException.class, () -> h.withdraw(NOW));
        assertTrue(h.hired());
    }

    @Test
    void an_outcome_is_recorded_only_for_a_passed_interest() {
        JobInterest i = expressed();
        assertThrows(ConflictException.class, () -> i.recordOutcome(HiringOutcome.NOT_HIRED, TODAY, null, TODAY));
    }

    @Test
    void a_hire_needs_a_first_day_not_before_the_outcome() {
        JobInterest i = passed();
        var none = assertThrows(InvalidInputException.class,
                () -> i.recordOutcome(HiringOutcome.HIRED, TODAY, null, TODAY));
        assertEquals(List.of("startsOn:required"), fields(none.violations()));

        var before = assertThrows(InvalidInputException.class,
                () -> i.recordOutcome(HiringOutcome.HIRED, TODAY, TODAY.minusDays(1), TODAY));
        assertEquals(List.of("startsOn:jobs.startBeforeOutcome"), fields(before.violations()));
        assertNull(i.outcome());

        i.recordOutcome(HiringOutcome.HIRED, TODAY, TODAY, TODAY);
        assertEquals(HiringOutcome.HIRED, i.outcome());
        assertEquals(TODAY, i.outcomeOn());
        assertEquals(TODAY, i.startsOn());
        assertTrue(i.hired());
    }

    @Test
    void an_outcome_needs_a_result_and_a_date_not_in_the_future() {
        JobInterest i = passed();
        var e = assertThrows(InvalidInputException.class, () -> i.recordOutcome(null, null, null, TODAY));
        assertEquals(List.of("outcome:required", "outcomeOn:required"), fields(e.violations()));
        var future = assertThrows(InvalidInputException.class,
                () -> i.recordOutcome(HiringOutcome.DECLINED, TODAY.plusDays(1), null, TODAY));
        assertEquals(List.of("outcomeOn:notInFuture"), fields(future.violations()));
    }

    @Test
    void a_first_day_is_kept_only_for_a_hire() {
        JobInterest i = passed();
        i.recordOutcome(HiringOutcome.NOT_HIRED, TODAY, TODAY.plusDays(3), TODAY);
        assertEquals(HiringOutcome.NOT_HIRED, i.outcome());
        assertNull(i.startsOn());
        assertFalse(i.hired());
    }

    @Test
    void an_outcome_is_recorded_once() {
        JobInterest i = hired();
        assertThrows(ConflictException.class, () -> i.recordOutcome(HiringOutcome.NOT_HIRED, TODAY, null, TODAY));
        assertEquals(HiringOutcome.HIRED, i.outcome());
    }

    @Test
    void only_a_hire_is_linked_to_a_job_and_only_once() {
        UUID employment = UUID.randomUUID();
        assertThrows(ConflictException.class, () -> expressed().linkEmployment(employment));
        assertThrows(ConflictException.class, () -> passed().linkEmployment(employment));
        JobInterest declined = passed();
        declined.recordOutcome(HiringOutcome.DECLINED, TODAY, null, TODAY);
        assertThrows(ConflictException.class, () -> declined.linkEmployment(employment));

        JobInterest h = hired();
        h.linkEmployment(employment);
        assertEquals(employment, h.employmentId());
        assertThrows(ConflictException.class, () -> h.linkEmployment(UUID.randomUUID()));
        assertEquals(employment, h.employmentId());
    }
}
