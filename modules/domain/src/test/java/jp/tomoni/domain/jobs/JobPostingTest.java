package jp.tomoni.domain.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;

class JobPostingTest {
    static final LocalDate TODAY = LocalDate.of(2026, 4, 1);
    static final Instant NOW = Instant.parse("2026-04-01T01:00:00Z");
    static final LocalDate CLOSES = TODAY.plusDays(30);
    static final UUID COMPANY = UUID.fromString("00000000-0000-0000-0000-0000000c0001");
    static final Set<Accommodation> ACCOMMODATIONS = Set.of(Accommodation.GRADUAL_START, Accommodation.JOB_COACH);

    static List<String> fields(List<FieldViolation> v) {
        return v.stream().map(f -> f.field() + ":" + f.code()).toList();
    }

    private static JobPosting.Draft draft(String title, Integer weeklyHours, Integer wageMin, Integer wageMax,
                                          LocalDate closesOn) {
        return new JobPosting.Draft(title, "部品の検品と梱包", "みどり野市本町1-2-3", "9:00〜15:00（休憩1時間）", weeklyHours,
                wageMin, wageMax, WageUnit.HOUR, EmploymentType.PART_TIME, TrialEmployment.COMBINED, true,
                ACCOMMODATIONS, true, closesOn);
    }

    private static JobPosting.Draft draft(LocalDate closesOn) {
        return draft("軽作業スタッフ", 25, 1100, 1300, closesOn);
    }

    private static JobPosting written(LocalDate closesOn) {
        return JobPosting.write("midorino", COMPANY, draft(closesOn), "recruiter-1", NOW);
    }

    private static JobPosting published(boolean trusted) {
        JobPosting p = written(CLOSES);
        p.submit(trusted, TODAY, NOW);
        if (!trusted) {
            p.approve(TODAY, "staff", NOW);
        }
        return p;
    }

    @Test
    void a_new_posting_is_a_draft_and_not_open() {
        JobPosting p = written(CLOSES);
        assertEquals(PostingStatus.DRAFT, p.status());
        assertFalse(p.openOn(TODAY));
        assertFalse(p.reviewed());
        assertNull(p.publishedAt());
        assertEquals(COMPANY, p.companyId());
        assertEquals("recruiter-1", p.createdBy());
        assertEquals(NOW, p.createdAt());
    }

    @Test
    void a_draft_may_be_written_without_a_closing_date() {
        JobPosting p = written(null);
        assertEquals(PostingStatus.DRAFT, p.status());
        assertNull(p.closesOn());
    }

    @Test
    void submitting_a_posting_of_a_company_not_trusted_waits_for_review() {
        JobPosting p = written(CLOSES);
        p.submit(false, TODAY, NOW);
        assertEquals(PostingStatus.PENDING, p.status());
        assertFalse(p.openOn(TODAY));
        assertNull(p.publishedAt());
        assertThrows(ConflictException.class, () -> p.submit(false, TODAY, NOW));
    }

    @Test
    void approving_a_waiting_posting_publishes_it_as_reviewed() {
        JobPosting p = written(CLOSES);
        p.submit(false, TODAY, NOW);
        p.approve(TODAY, "staff", NOW);
        assertEquals(PostingStatus.PUBLISHED, p.status());
        assertTrue(p.reviewed());
        assertTrue(p.openOn(TODAY));
        assertEquals(NOW, p.publishedAt());
        assertEquals("staff", p.decidedBy());
    }

    @Test
    void a_trusted_companys_posting_is_published_at_once_but_not_reviewed_until_approved() {
        JobPosting p = written(CLOSES);
        p.submit(true, TODAY, NOW);
        assertEquals(PostingStatus.PUBLISHED, p.status());
        assertTrue(p.openOn(TODAY));
        assertFalse(p.reviewed());
        assertEquals(NOW, p.publishedAt());

        Instant later = NOW.plusSeconds(3600);
        p.approve(TODAY, "staff", later);
        assertEquals(PostingStatus.PUBLISHED, p.status());
        assertTrue(p.reviewed());
        assertEquals(NOW, p.publishedAt());
    }

    @Test
    void a_draft_cannot_be_approved() {
        JobPosting p = written(CLOSES);
        assertThrows(ConflictException.class, () -> p.approve(TODAY, "staff", NOW));
    }

    @Test
    void rejection_needs_a_reason() {
        JobPosting p = written(CLOSES);
        p.submit(false, TODAY, NOW);
        var e = assertThrows(InvalidInputException.class, () -> p.reject("  ", "staff", NOW));
        assertEquals(List.of("reason:required"), fields(e.violations()));
        assertEquals(PostingStatus.PENDING, p.status());

        p.reject("賃金の単位を確認してください", "staff", NOW);
        assertEquals(PostingStatus.REJECTED, p.status());
        assertEquals("賃金の単位を確認してください", p.decisionReason());
        assertFalse(p.openOn(TODAY));
    }

    @Test
    void rejection_takes_a_public_posting_down() {
        JobPosting p = published(true);
        assertTrue(p.openOn(TODAY));
        p.reject("差別的な表現があります", "staff", NOW);
        assertEquals(PostingStatus.REJECTED, p.status());
        assertFalse(p.openOn(TODAY));
        assertEquals("差別的な表現があります", p.decisionReason());
    }

    @Test
    void a_rejected_posting_may_be_submitted_again_and_loses_the_old_reason() {
        JobPosting p = written(CLOSES);
        p.submit(false, TODAY, NOW);
        p.reject("賃金の単位を確認してください", "staff", NOW);
        p.submit(false, TODAY, NOW);
        assertEquals(PostingStatus.PENDING, p.status());
        assertNull(p.decisionReason());
    }

    @Test
    void submission_needs_a_closing_date_from_today_to_max_days_ahead() {
        var none = assertThrows(InvalidInputException.class, () -> written(null).submit(false, TODAY, NOW));
        assertEquals(List.of("closesOn:required"), fields(none.violations()));

        var past = assertThrows(InvalidInputException.class,
                () -> written(TODAY.minusDays(1)).submit(false, TODAY, NOW));
        assertEquals(List.of("closesOn:notInPast"), fields(past.violations()));

        JobPosting tooFar = written(TODAY.plusDays(PostingWindow.MAX_DAYS + 1));
        var far = assertThrows(InvalidInputException.class, () -> tooFar.submit(false, TODAY, NOW));
        assertEquals(List.of("closesOn:jobs.tooFar"), fields(far.violations()));
        assertEquals(PostingStatus.DRAFT, tooFar.status());

        JobPosting today = written(TODAY);
        today.submit(false, TODAY, NOW);
        assertEquals(PostingStatus.PENDING, today.status());

        JobPosting furthest = written(TODAY.plusDays(PostingWindow.MAX_DAYS));
        furthest.submit(false, TODAY, NOW);
        assertEquals(PostingStatus.PENDING, furthest.status());
    }

    @Test
    void a_posting_is_open_through_its_closing_date_and_closes_itself_the_day_after() {
        JobPosting p = published(true);
        assertTrue(p.openOn(CLOSES));
        assertFalse(p.openOn(CLOSES.plusDays(1)));

        assertFalse(p.expire(CLOSES));
        assertEquals(PostingStatus.PUBLISHED, p.status());

        assertTrue(p.expire(CLOSES.plusDays(1)));
        assertEquals(PostingStatus.CLOSED, p.status());
        assertFalse(p.openOn(CLOSES));
        assertFalse(p.expire(CLOSES.plusDays(2)));
    }

    @Test
    void a_waiting_posting_past_its_closing_date_closes_itself_too_but_a_draft_does_not() {
        JobPosting pending = written(CLOSES);
        pending.submit(false, TODAY, NOW);
        assertTrue(pending.expire(CLOSES.plusDays(1)));
        assertEquals(PostingStatus.CLOSED, pending.status());

        JobPosting draft = written(CLOSES);
        assertFalse(draft.expire(CLOSES.plusDays(1)));
        assertEquals(PostingStatus.DRAFT, draft.status());
    }

    @Test
    void changing_a_public_posting_of_a_company_not_trusted_sends_it_back_to_review() {
        JobPosting p = published(false);
        assertTrue(p.reviewed());
        p.change(draft("軽作業スタッフ（午前のみ）", 20, 1100, 1300, CLOSES), false, TODAY, NOW);
        assertEquals(PostingStatus.PENDING, p.status());
        assertFalse(p.reviewed());
        assertFalse(p.openOn(TODAY));
        assertEquals("軽作業スタッフ（午前のみ）", p.title());
    }

    @Test
    void changing_a_public_posting_of_a_trusted_company_keeps_it_public_but_to_be_reviewed_again() {
        JobPosting p = published(true);
        p.approve(TODAY, "staff", NOW);
        assertTrue(p.reviewed());
        p.change(draft("軽作業スタッフ（午前のみ）", 20, 1100, 1300, CLOSES), true, TODAY, NOW);
        assertEquals(PostingStatus.PUBLISHED, p.status());
        assertFalse(p.reviewed());
        assertTrue(p.openOn(TODAY));
        assertEquals(20, p.weeklyHours());
    }

    @Test
    void a_change_to_a_submitted_posting_checks_the_closing_date_and_a_closed_one_cannot_change() {
        JobPosting p = published(true);
        var e = assertThrows(InvalidInputException.class,
                () -> p.change(draft(TODAY.minusDays(1)), true, TODAY, NOW));
        assertEquals(List.of("closesOn:notInPast"), fields(e.violations()));
        assertEquals(CLOSES, p.closesOn());

        JobPosting d = written(CLOSES);
        d.change(draft(null), false, TODAY, NOW);
        assertNull(d.closesOn());
        assertEquals(PostingStatus.DRAFT, d.status());

        p.close("recruiter-1", NOW);
        assertThrows(ConflictException.class, () -> p.change(draft(CLOSES), true, TODAY, NOW));
    }

    @Test
    void renewing_a_closed_posting_of_a_company_not_trusted_submits_it_again_for_review() {
        JobPosting p = published(false);
        LocalDate dayAfter = CLOSES.plusDays(1);
        p.expire(dayAfter);
        LocalDate newCloses = dayAfter.plusDays(30);
        p.renew(newCloses, false, dayAfter, NOW);
        assertEquals(PostingStatus.PENDING, p.status());
        assertEquals(newCloses, p.closesOn());
        assertFalse(p.reviewed());
        assertFalse(p.openOn(dayAfter));
    }

    @Test
    void renewing_a_closed_posting_of_a_trusted_company_publishes_it_again() {
        JobPosting p = published(true);
        LocalDate dayAfter = CLOSES.plusDays(1);
        p.expire(dayAfter);
        LocalDate newCloses = dayAfter.plusDays(30);
        Instant later = Instant.parse("2026-05-02T01:00:00Z");
        p.renew(newCloses, true, dayAfter, later);
        assertEquals(PostingStatus.PUBLISHED, p.status());
        assertEquals(newCloses, p.closesOn());
        assertTrue(p.openOn(dayAfter));
        Instant firstPublished = Instant.parse("2026-04-01T01:00:00Z");
        assertEquals(firstPublished, p.publishedAt(), "figures count a posting once, by its first publication");
    }

    @Test
    void renewing_a_public_posting_keeps_it_public_with_the_new_date() {
        JobPosting p = published(false);
        LocalDate newCloses = TODAY.plusDays(60);
        p.renew(newCloses, false, TODAY, NOW);
        assertEquals(PostingStatus.PUBLISHED, p.status());
        assertEquals(newCloses, p.closesOn());
        assertTrue(p.openOn(newCloses));
        assertTrue(p.reviewed());
    }

    @Test
    void renewing_checks_the_new_date_and_only_public_or_closed_postings_are_renewed() {
        JobPosting p = published(true);
        var e = assertThrows(InvalidInputException.class,
                () -> p.renew(TODAY.plusDays(PostingWindow.MAX_DAYS + 1), true, TODAY, NOW));
        assertEquals(List.of("closesOn:jobs.tooFar"), fields(e.violations()));
        assertEquals(CLOSES, p.closesOn());

        assertThrows(ConflictException.class, () -> written(CLOSES).renew(CLOSES, true, TODAY, NOW));
    }

    @Test
    void duplicating_gives_a_new_draft_without_a_closing_date() {
        JobPosting p = published(true);
        JobPosting copy = p.duplicate("recruiter-2", NOW);
        assertNotEquals(p.id(), copy.id());
        assertEquals(PostingStatus.DRAFT, copy.status());
        assertEquals(p.title(), copy.title());
        assertEquals(p.duties(), copy.duties());
        assertEquals(p.companyId(), copy.companyId());
        assertEquals(p.accommodations(), copy.accommodations());
        assertNull(copy.closesOn());
        assertFalse(copy.reviewed());
        assertEquals("recruiter-2", copy.createdBy());
        assertEquals(PostingStatus.PUBLISHED, p.status());
    }

    @Test
    void a_maximum_wage_below_the_minimum_is_refused() {
        var d = draft("軽作業スタッフ", 25, 1300, 1100, CLOSES);
        assertEquals(List.of("wageMax:jobs.wageRange"), fields(d.violations()));
        var e = assertThrows(InvalidInputException.class,
                () -> JobPosting.write("midorino", COMPANY, d, "recruiter-1", NOW));
        assertEquals(List.of("wageMax"), e.violations().stream().map(FieldViolation::field).toList());
        assertEquals(List.of(), draft("軽作業スタッフ", 25, 1100, 1100, CLOSES).violations());
        assertEquals(List.of(), draft("軽作業スタッフ", 25, 1100, null, CLOSES).violations());
    }

    @Test
    void weekly_hours_are_from_one_to_forty() {
        assertEquals(List.of("weeklyHours:outOfRange"), fields(draft("軽作業スタッフ", 0, 1100, 1300, CLOSES).violations()));
        assertEquals(List.of("weeklyHours:outOfRange"), fields(draft("軽作業スタッフ", 41, 1100, 1300, CLOSES).violations()));
        assertEquals(List.of("weeklyHours:required"),
                fields(draft("軽作業スタッフ", null, 1100, 1300, CLOSES).violations()));
        assertEquals(List.of(), draft("軽作業スタッフ", 1, 1100, 1300, CLOSES).violations());
        assertEquals(List.of(), draft("軽作業スタッフ", JobPosting.WEEKLY_HOURS_MAX, 1100, 1300, CLOSES).violations());
    }

    @Test
    void short_hours_work_is_below_thirty_hours_a_week() {
        assertTrue(draft("軽作業スタッフ", 29, 1100, 1300, CLOSES).shortHours());
        assertFalse(draft("軽作業スタッフ", 30, 1100, 1300, CLOSES).shortHours());
        assertTrue(JobPosting.write("midorino", COMPANY, draft("軽作業スタッフ", 29, 1100, 1300, CLOSES), "r", NOW)
                .shortHours());
        assertFalse(JobPosting.write("midorino", COMPANY, draft("軽作業スタッフ", 30, 1100, 1300, CLOSES), "r", NOW)
                .shortHours());
    }

    @Test
    void accommodations_round_trip_through_the_draft() {
        JobPosting p = written(CLOSES);
        assertEquals(ACCOMMODATIONS, p.accommodations());
        JobPosting.Draft d = p.draft();
        assertEquals(ACCOMMODATIONS, d.accommodations());
        assertEquals(draft(CLOSES), d);

        JobPosting none = JobPosting.write("midorino", COMPANY, new JobPosting.Draft("事務補助", "入力作業", "みどり野市",
                "10:00〜15:00", 20, 1100, null, WageUnit.HOUR, EmploymentType.PART_TIME, null, false, null, false, CLOSES),
                "recruiter-1", NOW);
        assertEquals(Set.of(), none.accommodations());
        assertEquals(Set.of(), none.draft().accommodations());
        assertEquals(TrialEmployment.NONE, none.trial());
    }
}
