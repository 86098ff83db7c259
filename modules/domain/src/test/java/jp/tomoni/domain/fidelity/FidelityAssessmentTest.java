package jp.tomoni.domain.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.shared.InvalidInputException;

class FidelityAssessmentTest {
    static final FidelityCatalogue V1 = FidelityCatalogues.byId("seed000-v1").orElseThrow();
    static final LocalDate SEP_1 = LocalDate.of(2026, 9, 1);
    static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);
    static final LocalDate DEC_2 = LocalDate.of(2026, 12, 2);
    static final Instant NOW = Instant.parse("2026-12-02T01:00:00Z");
    static final List<Evidence> EVIDENCE = List.of(
            new Evidence(EvidenceRule.D5_HELLO_WORK_70, Evidence.Status.SUPPORTED, 8, 10, 0),
            new Evidence(EvidenceRule.D5_INDUSTRIES, Evidence.Status.NOT_SUPPORTED, 2, -1, 0),
            new Evidence(EvidenceRule.F2_PEER_TUTORS, Evidence.Status.SUPPORTED, 3, -1, 1));

    static FidelityAssessment record(LocalDate from, LocalDate to, Set<String> ticked, String note) {
        return FidelityAssessment.record("midorino", V1, from, to, ticked, EVIDENCE, note, "sato", DEC_2, NOW);
    }

    static List<String> fields(InvalidInputException e) {
        return e.violations().stream().map(v -> v.field() + ":" + v.code()).toList();
    }

    @Test
    void an_assessment_keeps_the_ticks_sorted_and_the_evidence_as_derived() {
        FidelityAssessment a = record(SEP_1, NOV_30, Set.of("F-1.1", "D-5.1", "D-5.2"), "  第3四半期  ");
        assertEquals("seed000-v1", a.catalogueId());
        assertEquals(List.of("D-5.1", "D-5.2", "F-1.1"), List.copyOf(a.tickedCodes()));
        assertEquals(EVIDENCE, a.evidence());
        assertEquals("第3四半期", a.note());
        assertEquals(SEP_1, a.from());
        assertEquals(NOV_30, a.to());
        assertEquals(NOW, a.assessedAt());
        assertEquals("sato", a.assessedBy());
    }

    @Test
    void the_evidence_round_trips_through_the_stored_string_and_unknown_rules_are_left_out() {
        String stored = Evidence.stored(EVIDENCE);
        assertEquals("D5_HELLO_WORK_70:SUPPORTED:8:10:0;D5_INDUSTRIES:NOT_SUPPORTED:2:-1:0;F2_PEER_TUTORS:SUPPORTED:3:-1:1", stored);
        assertEquals(EVIDENCE, Evidence.fromStored(stored));
        assertEquals(EVIDENCE.subList(0, 1), Evidence.fromStored("D5_HELLO_WORK_70:SUPPORTED:8:10:0;GONE_RULE:SUPPORTED:1:-1:0"));
    }

    @Test
    void an_unknown_item_code_is_refused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> record(SEP_1, NOV_30, Set.of("D-5.1", "Z-9.9"), null));
        assertEquals(List.of("ticked:fidelity.unknownItem"), fields(e));
        assertEquals("Z-9.9", e.violations().get(0).args()[0]);
    }

    @Test
    void a_reversed_period_is_refused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> record(NOV_30, SEP_1, Set.of(), null));
        assertEquals(List.of("to:fidelity.periodReversed"), fields(e));
    }

    @Test
    void a_period_longer_than_12_months_is_refused() {
        record(LocalDate.of(2025, 11, 30), LocalDate.of(2026, 11, 29), Set.of(), null);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> record(LocalDate.of(2025, 11, 30), NOV_30, Set.of(), null));
        assertEquals(List.of("to:fidelity.periodTooLong"), fields(e));
    }

    @Test
    void a_period_not_yet_over_is_refused() {
        record(SEP_1, DEC_2, Set.of(), null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> record(SEP_1, DEC_2.plusDays(1), Set.of(), null));
        assertEquals(List.of("to:fidelity.periodInFuture"), fields(e));
    }

    @Test
    void a_missing_period_and_a_long_note_are_refused_together() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> record(null, null, Set.of(), "あ".repeat(FidelityAssessment.NOTE_MAX + 1)));
        assertEquals(List.of("from:required", "to:required", "note:tooLong"), fields(e));
    }

    @Test
    void scores_count_the_ticks_per_element_of_the_catalogue_assessed_against() {
        FidelityAssessment a = record(SEP_1, NOV_30, Set.of("D-4.2", "D-4.3", "F-2.1"), null);
        List<ElementScore> scores = a.scores(V1);
        assertEquals(new ElementScore("D-4", 2, 6), scores.get(1));
        assertEquals(new ElementScore("F-2", 1, 4), scores.get(9));
        assertEquals(25, scores.get(9).percent());
        assertThrows(IllegalArgumentException.class,
                () -> a.scores(new FidelityCatalogue("other", SEP_1, V1.elements())));
    }
}
