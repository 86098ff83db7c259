package jp.tomoni.domain.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jp.tomoni.domain.shared.FieldViolation;

import org.junit.jupiter.api.Test;

class StudyRulesTest {
    static List<String> fields(List<FieldViolation> v) {
        return v.stream().map(x -> x.field() + ":" + x.code()).toList();
    }

    @Test
    void grades_read_as_school_years() {
        assertEquals("小1", Grade.label(1));
        assertEquals("小6", Grade.label(6));
        assertEquals("中3", Grade.label(Grade.CHU3));
        assertEquals("高1", Grade.label(10));
        assertEquals("小4〜小6", Grade.span(4, 6));
        assertEquals("中3", Grade.span(9, 9));
        assertTrue(Grade.within(5, 4, 6));
        assertFalse(Grade.within(7, 4, 6));
    }

    @Test
    void only_an_approved_tutor_whose_approval_stands_may_be_assigned() {
        LocalDate d = LocalDate.parse("2026-10-01");
        Instant at = Instant.parse("2026-10-02T00:00:00Z");
        assertTrue(TutorClearance.assignable(d, d, at, null));
        assertFalse(TutorClearance.assignable(d, d, null, null));
        assertFalse(TutorClearance.assignable(null, d, at, null));
        assertFalse(TutorClearance.assignable(d, null, at, null));
        assertFalse(TutorClearance.assignable(d, d, at, at.plusSeconds(1)));
    }

    @Test
    void training_and_check_dates_are_needed_and_not_in_the_future() {
        LocalDate today = LocalDate.parse("2026-11-30");
        assertEquals(List.of("trainedOn:required", "checkedOn:notInFuture"),
                fields(TutorClearance.violations(null, today.plusDays(1), today)));
        assertEquals(List.of(), TutorClearance.violations(today, today, today));
    }

    @Test
    void repeated_absence_is_the_last_two_booked_sessions_missed() {
        assertTrue(AbsenceRule.repeated(List.of(true, true, false)));
        assertFalse(AbsenceRule.repeated(List.of(true, false, true)));
        assertFalse(AbsenceRule.repeated(List.of(true)));
        assertFalse(AbsenceRule.repeated(List.of()));
    }

    @Test
    void a_child_needs_a_name_a_reading_in_kana_and_a_grade() {
        assertEquals(List.of("name:required", "furigana:required", "grade:required"),
                fields(new ChildDraft(" ", "", null, null).violations()));
        assertEquals(List.of("furigana:kana", "grade:outOfRange"),
                fields(new ChildDraft("さくら", "Sakura", null, 13).violations()));
        assertEquals(List.of(), new ChildDraft("さくら", "さくら", "みどり野中学校", 9).violations());
    }

    @Test
    void a_group_is_for_a_span_of_grades_in_order_with_small_capacity_and_a_cut_off_within_a_week() {
        GroupDraft ok = new GroupDraft("tomoni-net", "中3 学習会", 9, 9, "市民センター", 6, DayOfWeek.TUESDAY,
                LocalTime.of(18, 0), 90, 24, 24);
        assertEquals(List.of(), ok.violations());
        GroupDraft bad = new GroupDraft(null, "学習会", 9, 7, "市民センター", 41, null, null, 10, 200, 0);
        assertEquals(List.of("agency:required", "gradeTo:study.gradeOrder", "capacity:outOfRange", "weekday:required",
                "startTime:required", "minutes:outOfRange", "cutoffHours:outOfRange", "reminderHours:outOfRange"),
                fields(bad.violations()));
    }

    @Test
    void materials_are_recognised_by_their_first_bytes_not_by_their_name() {
        byte[] pdf = "%PDF-1.7 ...".getBytes();
        byte[] zip = {'P', 'K', 3, 4, 0};
        assertEquals("application/pdf", MaterialRules.contentType(pdf, "a.exe"));
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MaterialRules.contentType(zip, "問題.xlsx"));
        assertNull(MaterialRules.contentType(zip, "virus.zip"));
        assertNull(MaterialRules.contentType("<script>".getBytes(), "a.pdf"));
        assertEquals(List.of("file:study.fileType"),
                fields(MaterialRules.violations("分数", Subject.MATH, 5, 6, "a.pdf", "<html>".getBytes())));
    }

    @Test
    void a_feed_token_is_long_and_url_safe_and_only_its_hash_is_kept() {
        String token = FeedToken.issue(new java.security.SecureRandom());
        assertTrue(FeedToken.wellFormed(token), token);
        assertFalse(FeedToken.wellFormed(token.substring(1)));
        assertFalse(FeedToken.wellFormed(token.substring(1) + "/"));
        assertEquals(64, FeedToken.hashOf(token).length());
    }
}
