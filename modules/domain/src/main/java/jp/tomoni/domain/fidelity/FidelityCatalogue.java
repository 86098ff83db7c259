package jp.tomoni.domain.fidelity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** One version of the list of elements and items, in force from {@code validFrom}; see {@link FidelityCatalogues}. */
public record FidelityCatalogue(String id, LocalDate validFrom, List<FidelityElement> elements) {
    public FidelityCatalogue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(validFrom, "validFrom");
        elements = List.copyOf(elements);
    }

    /** The item with {@code code}, in any element. */
    public Optional<FidelityItem> item(String code) {
        return items().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The element with {@code code}. */
    public Optional<FidelityElement> element(String code) {
        return elements.stream().filter(e -> e.code().equals(code)).findFirst();
    }

    public int itemCount() {
        return (int) items().count();
    }

    /** The evidence of every item with a rule, in catalogue order. */
    public List<Evidence> evidence(FidelityFacts facts) {
        return items().flatMap(i -> i.rule().stream()).map(r -> r.judge(facts)).toList();
    }

    private Stream<FidelityItem> items() {
        return elements.stream().flatMap(e -> e.items().stream());
    }
}
