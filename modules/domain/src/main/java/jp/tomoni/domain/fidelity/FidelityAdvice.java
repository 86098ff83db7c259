package jp.tomoni.domain.fidelity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** What would raise an element's score, item by item, from the ticks and the evidence beside them. */
public final class FidelityAdvice {
    private FidelityAdvice() {
    }

    /** What to do about one item, in the order shown. */
    public enum Kind {
        /** Not ticked, but the records bear it out: tick it. */
        RECORDS_SHOW_IT,
        /** Not ticked, and the records fall short: {@link Evidence#missing()} says how far. */
        CLOSE_THE_GAP,
        /** Ticked, but the records do not bear it out. */
        TICKED_BUT_RECORDS_DISAGREE,
        /** Not ticked, and no rule or no records: the office would start practising it. */
        START_PRACTISING
    }

    /** One piece of advice: the item, what to do, and the evidence behind it where the item has a rule. */
    public record Advice(FidelityItem item, Kind kind, Optional<Evidence> evidence) {
        public Advice {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    /**
     * The advice for {@code element}, by {@link Kind} in order, then in item order. A ticked item the records
     * do not contradict needs none.
     */
    public static List<Advice> forElement(FidelityElement element, Set<String> ticked, Map<EvidenceRule, Evidence> evidence) {
        List<Advice> advice = new ArrayList<>();
        for (FidelityItem item : element.items()) {
            Optional<Evidence> e = item.rule().map(evidence::get);
            Evidence.Status status = e.map(Evidence::status).orElse(Evidence.Status.NO_RECORDS);
            Kind kind;
            if (ticked.contains(item.code())) {
                kind = status == Evidence.Status.NOT_SUPPORTED ? Kind.TICKED_BUT_RECORDS_DISAGREE : null;
            } else {
                kind = switch (status) {
                    case SUPPORTED -> Kind.RECORDS_SHOW_IT;
                    case NOT_SUPPORTED -> Kind.CLOSE_THE_GAP;
                    case NO_RECORDS -> Kind.START_PRACTISING;
                };
            }
            if (kind != null) {
                advice.add(new Advice(item, kind, e));
            }
        }
        advice.sort(Comparator.comparing(Advice::kind));
        return List.copyOf(advice);
    }
}
