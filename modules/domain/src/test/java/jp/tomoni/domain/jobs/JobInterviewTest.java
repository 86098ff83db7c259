package jp.tomoni.domain.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.casework.ConsentMethod;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;

class JobInterviewTest {
    static final LocalDate TODAY = LocalDate.of(2026, 4, 1);
    static final Instant NOW = Instant.parse("2026-04-01T01:00:00Z");
    static final Instant NEXT_WEEK = Instant.parse("2026-04-08T01:00:00Z");
    static final UUID COMPANY = UUID.fromString("00000000-0000-0000-0000-0000000c0001");
    static final UUID MEMBER = UUID.fromString("00000000-0000-0000-0000-0000000a0001");
    static final UUID CASE = UUID.fromString("00000000-0000-0000-0000-0000000ca5e1");

    static List<String> fields(List<FieldViolation> v) {
        return v.stream().map(f -> f.field() + ":" + f.code()).toList();
    }

    private static JobInterest candidate() {
        JobPosting p = JobPosting.write("midorino", COMPANY, new JobPosting.Draft("軽作業スタッフ", "部品の検品と梱包",
                "みどり野市本町1-2-3", "9:00〜15:00", 25, 1100, 1300, WageUnit.HOUR, EmploymentType.PART_TIME,
                TrialEmployment.NONE, false, Set.of(), false, TODAY.plusDays(30)), "recruiter-1", NOW);
        p.submit(true, TODAY, NOW);
        JobInterest i = JobInterest.express("midorino", p, MEMBER, null, null, TODAY, NOW);
        i.pass(CASE, TODAY, ConsentMethod.IN_APP, null, TODAY, "supporter", NOW);
        return i;
    }

    @Test
    void an_interview_is_scheduled_in_the_future_at_a_place() {
        JobInterest c = candidate();
        JobInterview iv = JobInterview.schedule("midorino", c, NEXT_WEEK, "  本社2階 会議室  ", null, "recruiter-1", NOW);
        assertEquals(c.id(), iv.interestId());
        assertEquals(NEXT_WEEK, iv.startsAt());
        assertEquals("本社2階 会議室", iv.place());
        assertNull(iv.note());
        assertEquals("recruiter-1", iv.createdBy());
    }

    @Test
    void an_interview_must_start_in_the_future() {
        JobInterest c = candidate();
        var past = assertThrows(InvalidInputException.class,
                () -> JobInterview.schedule("midorino", c, NOW.minusSeconds(60), "本社", null, "recruiter-1", NOW));
        assertEquals(List.of("startsAt:past"), fields(past.violations()));
        var now = assertThrows(InvalidInputException.class,
                () -> JobInterview.schedule("midorino", c, NOW, "本社", null, "recruiter-1", NOW));
        assertEquals(List.of("startsAt:past"), fields(now.violations()));
        var none = assertThrows(InvalidInputException.class,
                () -> JobInterview.schedule("midorino", c, null, "本社", null, "recruiter-1", NOW));
        assertEquals(List.of("startsAt:required"), fields(none.violations()));
    }

    @Test
    void an_interview_needs_a_place() {
        JobInterest c = candidate();
        var e = assertThrows(InvalidInputException.class,
                () -> JobInterview.schedule("midorino", c, NEXT_WEEK, "  ", null, "recruiter-1", NOW));
        assertEquals(List.of("place:required"), fields(e.violations()));
    }

    @Test
    void no_interview_after_the_outcome() {
        JobInterest c = candidate();
        c.recordOutcome(HiringOutcome.NOT_HIRED, TODAY, null, TODAY);
        var e = assertThrows(InvalidInputException.class,
                () -> JobInterview.schedule("midorino", c, NEXT_WEEK, "本社", null, "recruiter-1", NOW));
        assertEquals(List.of("startsAt:jobs.outcomeRecorded"), fields(e.violations()));
    }
}
