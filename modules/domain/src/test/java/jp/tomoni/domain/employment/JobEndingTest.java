package jp.tomoni.domain.employment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.shared.FieldViolation;

class JobEndingTest {
    static final LocalDate STARTED = LocalDate.of(2025, 10, 1);
    static final LocalDate ENDED = LocalDate.of(2026, 3, 15);

    private static List<String> codes(List<FieldViolation> violations) {
        return violations.stream().map(v -> v.field() + ":" + v.code()).toList();
    }

    @Test
    void job_leaving_ends_retention_and_calls_for_a_new_plan_and_contact_every_two_weeks() {
        assertEquals(new JobEnding.Consequence(true, true, 14, false), JobEnding.of(JobEndKind.LEAVING));
    }

    @Test
    void a_job_change_keeps_retention_on_the_monthly_schedule_with_career_support() {
        assertEquals(new JobEnding.Consequence(false, false, 0, true), JobEnding.of(JobEndKind.CHANGE));
    }

    @Test
    void the_kind_of_ending_is_required_for_its_consequence() {
        assertThrows(NullPointerException.class, () -> JobEnding.of(null));
    }

    @Test
    void a_complete_job_leaving_or_change_has_no_violations() {
        assertEquals(List.of(), JobEnding.violations(JobEndKind.LEAVING, ENDED, STARTED, "体調を崩したため", null));
        assertEquals(List.of(), JobEnding.violations(JobEndKind.CHANGE, ENDED, STARTED, null, "株式会社みどり野製作所"));
        assertEquals(List.of(), JobEnding.violations(JobEndKind.LEAVING, STARTED, STARTED, "初日で退職", null),
                "ending on the day it started is possible");
    }

    @Test
    void kind_and_end_date_are_required() {
        assertEquals(List.of("kind:required", "endedOn:required"),
                codes(JobEnding.violations(null, null, STARTED, "理由", "新しい職場")));
    }

    @Test
    void a_job_cannot_end_before_it_started() {
        assertEquals(List.of("endedOn:employment.end.beforeStart"),
                codes(JobEnding.violations(JobEndKind.LEAVING, STARTED.minusDays(1), STARTED, "理由", null)));
    }

    @Test
    void job_leaving_needs_its_reason_and_blank_is_no_reason() {
        assertEquals(List.of("reason:required"), codes(JobEnding.violations(JobEndKind.LEAVING, ENDED, STARTED, null, null)));
        assertEquals(List.of("reason:required"), codes(JobEnding.violations(JobEndKind.LEAVING, ENDED, STARTED, "  ", null)));
    }

    @Test
    void a_reason_is_at_most_five_hundred_characters() {
        String max = "あ".repeat(500);
        assertEquals(List.of(), JobEnding.violations(JobEndKind.LEAVING, ENDED, STARTED, max, null));
        List<FieldViolation> v = JobEnding.violations(JobEndKind.LEAVING, ENDED, STARTED, max + "い", null);
        assertEquals(List.of("reason:tooLong"), codes(v));
        assertEquals(500, v.get(0).args()[0]);
        assertEquals(List.of("reason:tooLong"), codes(JobEnding.violations(JobEndKind.CHANGE, ENDED, STARTED, max + "い", "新しい職場")));
    }

    @Test
    void a_job_change_needs_the_new_employer() {
        assertEquals(List.of("newEmployer:required"), codes(JobEnding.violations(JobEndKind.CHANGE, ENDED, STARTED, null, " ")));
        assertEquals(List.of(), codes(JobEnding.violations(JobEndKind.CHANGE, ENDED, STARTED, null, "株".repeat(JobEnding.NEW_EMPLOYER_MAX))));
        assertEquals(List.of("newEmployer:tooLong"),
                codes(JobEnding.violations(JobEndKind.CHANGE, ENDED, STARTED, null, "株".repeat(JobEnding.NEW_EMPLOYER_MAX + 1))));
    }

    @Test
    void leaving_and_change_have_japanese_labels() {
        assertEquals("離職", JobEndKind.LEAVING.labelJa());
        assertEquals("転職", JobEndKind.CHANGE.labelJa());
    }
}
