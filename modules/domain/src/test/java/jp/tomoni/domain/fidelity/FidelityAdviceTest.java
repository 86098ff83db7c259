package jp.tomoni.domain.fidelity;

import static jp.tomoni.domain.fidelity.Evidence.Status.NOT_SUPPORTED;
import static jp.tomoni.domain.fidelity.Evidence.Status.NO_RECORDS;
import static jp.tomoni.domain.fidelity.Evidence.Status.SUPPORTED;
import static jp.tomoni.domain.fidelity.FidelityAdvice.Kind.CLOSE_THE_GAP;
import static jp.tomoni.domain.fidelity.FidelityAdvice.Kind.RECORDS_SHOW_IT;
import static jp.tomoni.domain.fidelity.FidelityAdvice.Kind.START_PRACTISING;
import static jp.tomoni.domain.fidelity.FidelityAdvice.Kind.TICKED_BUT_RECORDS_DISAGREE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.fidelity.FidelityAdvice.Advice;

class FidelityAdviceTest {
    private final FidelityElement d5 = FidelityCatalogues.byId("seed000-v1").orElseThrow().element("D-5").orElseThrow();

    static List<String> shown(List<Advice> advice) {
        return advice.stream().map(a -> a.item().code() + " " + a.kind()).toList();
    }

    @Test
    void advice_tells_what_to_tick_what_falls_short_what_disagrees_and_what_to_start() {
        Map<EvidenceRule, Evidence> evidence = EvidenceRule.byRule(List.of(
                new Evidence(EvidenceRule.D5_HELLO_WORK_70, NOT_SUPPORTED, 5, 10, 0),
                new Evidence(EvidenceRule.D5_LIAISON_MONTHLY, SUPPORTED, 3, 3, 0),
                new Evidence(EvidenceRule.D5_HELLO_WORK_CONTACT, NOT_SUPPORTED, 2, 3, 0),
                new Evidence(EvidenceRule.D5_INDUSTRIES, SUPPORTED, 4, -1, 0),
                new Evidence(EvidenceRule.D5_CHAMBER_MONTHLY, NOT_SUPPORTED, 0, 3, 0)));
        List<Advice> advice = FidelityAdvice.forElement(d5, Set.of("D-5.4", "D-5.5", "D-5.7"), evidence);
        assertEquals(List.of(
                "D-5.2 " + RECORDS_SHOW_IT,
                "D-5.1 " + CLOSE_THE_GAP,
                "D-5.6 " + CLOSE_THE_GAP,
                "D-5.4 " + TICKED_BUT_RECORDS_DISAGREE,
                "D-5.3 " + START_PRACTISING,
                "D-5.8 " + START_PRACTISING,
                "D-5.9 " + START_PRACTISING), shown(advice));
        assertEquals(OptionalInt.of(2), advice.get(1).evidence().orElseThrow().missing(), "2 more registered at Hello Work");
        assertEquals(OptionalInt.of(3), advice.get(2).evidence().orElseThrow().missing(), "3 more months with a chamber contact");
        assertEquals(java.util.Optional.empty(), advice.get(4).evidence(), "no rule: no evidence");
    }

    @Test
    void no_records_or_no_evidence_at_all_means_start_practising() {
        Map<EvidenceRule, Evidence> evidence = EvidenceRule.byRule(List.of(new Evidence(EvidenceRule.D5_HELLO_WORK_70, NO_RECORDS, 0, 0, 0)));
        List<Advice> advice = FidelityAdvice.forElement(d5, Set.of(), evidence);
        assertEquals(9, advice.size());
        assertEquals(Set.of(START_PRACTISING), Set.copyOf(advice.stream().map(Advice::kind).toList()));
        assertEquals("D-5.1", advice.get(0).item().code());
    }

    @Test
    void a_ticked_item_the_records_bear_out_or_cannot_judge_needs_no_advice() {
        Map<EvidenceRule, Evidence> evidence = EvidenceRule.byRule(List.of(new Evidence(EvidenceRule.D5_HELLO_WORK_70, SUPPORTED, 8, 10, 0)));
        Set<String> all = Set.of("D-5.1", "D-5.2", "D-5.3", "D-5.4", "D-5.5", "D-5.6", "D-5.7", "D-5.8", "D-5.9");
        assertEquals(List.of(), FidelityAdvice.forElement(d5, all, evidence));
    }
}
