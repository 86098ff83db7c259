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

class SupportRequestTest {
    static final LocalDate TODAY = LocalDate.of(2026, 4, 1);
    static final Instant NOW = Instant.parse("2026-04-01T01:00:00Z");
    static final Instant LATER = Instant.parse("2026-04-03T05:00:00Z");
    static final UUID COMPANY = UUID.fromString("00000000-0000-0000-0000-0000000c0001");
    static final UUID MEMBER = UUID.fromString("00000000-0000-0000-0000-0000000a0001");
    static final UUID CASE = UUID.fromString("00000000-0000-0000-0000-0000000ca5e1");

    static List<String> fields(List<FieldViolation> v) {
        return v.stream().map(f -> f.field() + ":" + f.code()).toList();
    }

    private static JobInterest passed() {
        JobPosting p = JobPosting.write("midorino", COMPANY, new JobPosting.Draft("軽作業スタッフ", "部品の検品と梱包",
                "みどり野市本町1-2-3", "9:00〜15:00", 25, 1100, 1300, WageUnit.HOUR, EmploymentType.PART_TIME,
                TrialEmployment.NONE, true, Set.of(Accommodation.JOB_COACH), false, TODAY.plusDays(30)), "recruiter-1",
                NOW);
        p.submit(true, TODAY, NOW);
        JobInterest i = JobInterest.express("midorino", p, MEMBER, null, null, TODAY, NOW);
        i.pass(CASE, TODAY, ConsentMethod.PAPER, null, TODAY, "supporter", NOW);
        return i;
    }

    private static JobInterest hired() {
        JobInterest i = passed();
        i.recordOutcome(HiringOutcome.HIRED, TODAY, TODAY.plusDays(7), TODAY);
        return i;
    }

    @Test
    void only_the_employer_of_a_hire_may_ask_for_support() {
        JobInterest notYet = passed();
        assertThrows(ConflictException.class,
                () -> SupportRequest.ask("midorino", notYet, "様子を相談したい", "recruiter-1", NOW));

        JobInterest notHired = passed();
        notHired.recordOutcome(HiringOutcome.NOT_HIRED, TODAY, null, TODAY);
        assertThrows(ConflictException.class,
                () -> SupportRequest.ask("midorino", notHired, "様子を相談したい", "recruiter-1", NOW));
    }

    @Test
    void a_request_of_a_hire_reaches_the_persons_case() {
        JobInterest h = hired();
        SupportRequest r = SupportRequest.ask("midorino", h, "  休憩の取り方を相談したいです  ", "recruiter-1", NOW);
        assertEquals(h.id(), r.interestId());
        assertEquals(COMPANY, r.companyId());
        assertEquals(CASE, r.caseId());
        assertEquals("休憩の取り方を相談したいです", r.question());
        assertEquals("recruiter-1", r.askedBy());
        assertEquals(NOW, r.askedAt());
        assertTrue(r.open());
        assertNull(r.answer());
    }

    @Test
    void a_question_is_required() {
        JobInterest h = hired();
        var e = assertThrows(InvalidInputException.class, () -> SupportRequest.ask("midorino", h, "   ", "recruiter-1", NOW));
        assertEquals(List.of("question:required"), fields(e.violations()));
        var tooLong = assertThrows(InvalidInputException.class,
                () -> SupportRequest.ask("midorino", h, "あ".repeat(SupportRequest.TEXT_MAX + 1), "recruiter-1", NOW));
        assertEquals(List.of("question:tooLong"), fields(tooLong.violations()));
    }

    @Test
    void a_request_stays_open_until_it_is_answered_and_is_answered_once() {
        SupportRequest r = SupportRequest.ask("midorino", hired(), "休憩の取り方を相談したいです", "recruiter-1", NOW);
        var blank = assertThrows(InvalidInputException.class, () -> r.answer(" ", "supporter", LATER));
        assertEquals(List.of("answer:required"), fields(blank.violations()));
        assertTrue(r.open());

        r.answer("明日の午後に訪問して一緒に決めましょう", "supporter", LATER);
        assertFalse(r.open());
        assertEquals("明日の午後に訪問して一緒に決めましょう", r.answer());
        assertEquals("supporter", r.answeredBy());
        assertEquals(LATER, r.answeredAt());

        assertThrows(ConflictException.class, () -> r.answer("もう一度", "supporter", LATER));
        assertEquals("明日の午後に訪問して一緒に決めましょう", r.answer());
    }
}
