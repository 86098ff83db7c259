package jp.tomoni.domain.employment;

import static jp.tomoni.domain.employment.WarningSign.APPEARANCE;
import static jp.tomoni.domain.employment.WarningSign.BROKEN_RHYTHM;
import static jp.tomoni.domain.employment.WarningSign.LATENESS_ABSENCE;
import static jp.tomoni.domain.employment.WarningSign.MISSED_MEDICATION;
import static jp.tomoni.domain.employment.WarningSign.STRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RetentionRiskTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    private static SignsSeen daysAgo(int days, WarningSign... signs) {
        return new SignsSeen(TODAY.minusDays(days), Set.of(signs));
    }

    @Test
    void no_signs_and_no_missed_contacts_is_stable_without_reasons() {
        RiskAssessment a = RetentionRisk.assess(List.of(daysAgo(3), daysAgo(10)), 0, TODAY);
        assertEquals(RiskLevel.LOW, a.level());
        assertEquals(List.of(), a.reasons());
    }

    @Test
    void no_contacts_at_all_is_stable_and_null_counts_as_none() {
        assertEquals(new RiskAssessment(RiskLevel.LOW, List.of()), RetentionRisk.assess(List.of(), 0, TODAY));
        assertEquals(new RiskAssessment(RiskLevel.LOW, List.of()), RetentionRisk.assess(null, 0, TODAY));
    }

    @Test
    void one_sign_seen_once_calls_for_watching() {
        RiskAssessment a = RetentionRisk.assess(List.of(daysAgo(5, APPEARANCE), daysAgo(12)), 0, TODAY);
        assertEquals(RiskLevel.WATCH, a.level());
        assertEquals(List.of("身だしなみの乱れ"), a.reasons());
    }

    @Test
    void one_missed_contact_calls_for_watching() {
        RiskAssessment a = RetentionRisk.assess(List.of(), 1, TODAY);
        assertEquals(RiskLevel.WATCH, a.level());
        assertEquals(List.of("予定した面談・訪問が未実施（1件）"), a.reasons());
    }

    @Test
    void missed_medication_alone_is_high() {
        RiskAssessment a = RetentionRisk.assess(List.of(daysAgo(1, MISSED_MEDICATION)), 0, TODAY);
        assertEquals(RiskLevel.HIGH, a.level());
        assertEquals(List.of("服薬の中断"), a.reasons());
    }

    @Test
    void two_different_signs_are_high_even_at_different_contacts() {
        RiskAssessment a = RetentionRisk.assess(List.of(daysAgo(20, STRESS), daysAgo(2, BROKEN_RHYTHM)), 0, TODAY);
        assertEquals(RiskLevel.HIGH, a.level());
        assertEquals(List.of("生活リズムの乱れ", "ストレス・疲れの訴え"), a.reasons(), "same weight: in the order of the signs");
    }

    @Test
    void the_same_sign_at_two_contacts_is_rising_and_high() {
        RiskAssessment a = RetentionRisk.assess(
                List.of(daysAgo(14, LATENESS_ABSENCE), daysAgo(0, LATENESS_ABSENCE), daysAgo(7)), 0, TODAY);
        assertEquals(RiskLevel.HIGH, a.level());
        assertEquals(List.of("遅刻・欠勤が増えている（2回）"), a.reasons());
    }

    @Test
    void two_missed_contacts_are_high() {
        RiskAssessment a = RetentionRisk.assess(List.of(), 2, TODAY);
        assertEquals(RiskLevel.HIGH, a.level());
        assertEquals(List.of("予定した面談・訪問が未実施（2件）"), a.reasons());
    }

    @Test
    void a_contact_29_days_ago_counts_and_one_30_days_ago_does_not() {
        assertEquals(RiskLevel.WATCH, RetentionRisk.assess(List.of(daysAgo(29, STRESS)), 0, TODAY).level());
        assertEquals(RiskLevel.LOW, RetentionRisk.assess(List.of(daysAgo(30, STRESS)), 0, TODAY).level());
        assertEquals(RiskLevel.WATCH, RetentionRisk.assess(
                List.of(daysAgo(30, STRESS), daysAgo(29, STRESS)), 0, TODAY).level(), "the older sighting is not a repetition");
    }

    @Test
    void contacts_after_today_are_ignored() {
        assertEquals(RiskLevel.LOW, RetentionRisk.assess(List.of(daysAgo(-1, MISSED_MEDICATION)), 0, TODAY).level());
        assertEquals(RiskLevel.HIGH, RetentionRisk.assess(List.of(daysAgo(0, MISSED_MEDICATION)), 0, TODAY).level());
    }

    @Test
    void reasons_put_the_weightiest_first() {
        List<SignsSeen> contacts = new ArrayList<>(List.of(
                daysAgo(25, APPEARANCE, LATENESS_ABSENCE),
                daysAgo(18, LATENESS_ABSENCE, STRESS),
                daysAgo(11, LATENESS_ABSENCE, STRESS),
                daysAgo(4, MISSED_MEDICATION)));
        RiskAssessment a = RetentionRisk.assess(contacts, 1, TODAY);
        assertEquals(RiskLevel.HIGH, a.level());
        assertEquals(List.of(
                "遅刻・欠勤が増えている（3回）",
                "ストレス・疲れの訴え（2回）",
                "服薬の中断",
                "身だしなみの乱れ",
                "予定した面談・訪問が未実施（1件）"), a.reasons());
    }

    @Test
    void many_missed_contacts_rank_with_repeated_signs_by_how_many() {
        RiskAssessment a = RetentionRisk.assess(List.of(daysAgo(9, STRESS), daysAgo(3, STRESS)), 3, TODAY);
        assertEquals(List.of("予定した面談・訪問が未実施（3件）", "ストレス・疲れの訴え（2回）"), a.reasons());
    }

    @Test
    void a_negative_count_of_missed_contacts_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> RetentionRisk.assess(List.of(), -1, TODAY));
    }

    @Test
    void risk_levels_rank_from_stable_to_needing_action() {
        assertTrue(RiskLevel.LOW.compareTo(RiskLevel.WATCH) < 0);
        assertTrue(RiskLevel.WATCH.compareTo(RiskLevel.HIGH) < 0);
        assertEquals("要対応", RiskLevel.HIGH.labelJa());
        assertEquals("服薬の中断", MISSED_MEDICATION.labelJa());
    }
}
