package jp.tomoni.domain.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ElementScoreTest {
    private final FidelityCatalogue v1 = FidelityCatalogues.byId("seed000-v1").orElseThrow();

    @Test
    void the_score_is_the_items_ticked_of_the_items_of_the_element() {
        List<ElementScore> scores = ElementScore.of(v1, Set.of("D-5.1", "D-5.2", "D-5.4", "F-1.1", "F-1.2", "F-1.3", "F-1.4"));
        assertEquals(10, scores.size());
        assertEquals(new ElementScore("D-3", 0, 5), scores.get(0));
        assertEquals(new ElementScore("D-5", 3, 9), scores.get(2));
        assertEquals(33, scores.get(2).percent());
        assertEquals(new ElementScore("F-1", 4, 4), scores.get(8));
        assertEquals(100, scores.get(8).percent());
    }

    @Test
    void the_percentage_rounds_half_up() {
        assertEquals(13, new ElementScore("E-1", 1, 8).percent());
        assertEquals(67, new ElementScore("D-4", 4, 6).percent());
        assertEquals(0, new ElementScore("X-1", 0, 0).percent());
    }
}
