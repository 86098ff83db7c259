package jp.tomoni.domain.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.shared.FieldViolation;

class ReportRuleTest {
    static List<String> fields(List<FieldViolation> v) {
        return v.stream().map(f -> f.field() + ":" + f.code()).toList();
    }

    @Test
    void content_is_hidden_once_two_different_members_reports_are_pending() {
        assertFalse(ReportRule.hiddenPendingReview(0));
        assertFalse(ReportRule.hiddenPendingReview(1));
        assertTrue(ReportRule.hiddenPendingReview(2));
        assertTrue(ReportRule.hiddenPendingReview(3));
        assertEquals(2, ReportRule.AUTO_HIDE_AT);
    }

    @Test
    void a_negative_number_of_reporters_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> ReportRule.hiddenPendingReview(-1));
    }

    @Test
    void a_report_needs_a_reason_and_the_note_is_optional() {
        assertEquals(List.of("reason:required"), fields(ReportRule.violations(null, null)));
        assertEquals(List.of(), ReportRule.violations(ReportReason.SPAM, null));
        assertEquals(List.of(), ReportRule.violations(ReportReason.CRISIS, "  "));
        assertEquals(List.of(), ReportRule.violations(ReportReason.HARASSMENT, "何度も同じ人から"));
    }

    @Test
    void a_report_for_another_reason_needs_a_note_that_is_not_blank() {
        assertEquals(List.of("note:required"), fields(ReportRule.violations(ReportReason.OTHER, null)));
        assertEquals(List.of("note:required"), fields(ReportRule.violations(ReportReason.OTHER, " \u3000 ")));
        assertEquals(List.of(), ReportRule.violations(ReportReason.OTHER, "宣伝のように見える"));
    }

    @Test
    void the_note_is_at_most_500_characters_whatever_the_reason() {
        assertEquals(List.of(), ReportRule.violations(ReportReason.SPAM, "あ".repeat(500)));
        assertEquals(List.of(), ReportRule.violations(ReportReason.OTHER, "あ".repeat(500)));
        assertEquals(List.of("note:tooLong"), fields(ReportRule.violations(ReportReason.SPAM, "あ".repeat(501))));
        assertEquals(List.of("note:tooLong"), fields(ReportRule.violations(ReportReason.OTHER, "あ".repeat(501))));
        assertEquals(List.of("reason:required", "note:tooLong"), fields(ReportRule.violations(null, "あ".repeat(501))));
        assertEquals(500, ReportRule.violations(ReportReason.SPAM, "あ".repeat(501)).get(0).args()[0]);
    }
}
