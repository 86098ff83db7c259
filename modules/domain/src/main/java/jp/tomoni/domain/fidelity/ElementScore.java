package jp.tomoni.domain.fidelity;

import java.util.List;
import java.util.Set;

/** An element's score: the items ticked of the items of the element. */
public record ElementScore(String element, int ticked, int items) {
    /** {@code ticked} of {@code items} in whole percent, half up. */
    public int percent() {
        return items == 0 ? 0 : (int) ((ticked * 200L + items) / (2L * items));
    }

    /** One score per element of {@code catalogue}, in its order; codes not in an element count nothing. */
    public static List<ElementScore> of(FidelityCatalogue catalogue, Set<String> ticked) {
        return catalogue.elements().stream().map(e -> new ElementScore(e.code(),
                (int) e.items().stream().filter(i -> ticked.contains(i.code())).count(), e.items().size())).toList();
    }
}
