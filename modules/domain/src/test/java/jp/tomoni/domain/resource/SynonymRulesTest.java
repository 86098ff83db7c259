package jp.tomoni.domain.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SynonymRulesTest {

    @Test
    void any_word_of_a_group_also_finds_the_others() {
        SynonymRules rules = SynonymRules.of(List.of("ハロワ, ハローワーク", "生保、生活保護"));
        assertEquals(List.of("ハローワーク 求人"), rules.alternatives("ハロワ 求人"));
        assertEquals(List.of("ハロワ 求人"), rules.alternatives("ハローワーク 求人"));
        assertEquals(List.of("生活保護の相談"), rules.alternatives("生保の相談"));
    }

    @Test
    void a_query_without_a_group_word_has_no_alternatives() {
        assertTrue(SynonymRules.of(List.of("ハロワ, ハローワーク")).alternatives("食料").isEmpty());
    }

    @Test
    void a_query_that_already_holds_the_other_word_is_not_rewritten_into_it() {
        assertTrue(SynonymRules.of(List.of("ハロワ, ハローワーク")).alternatives("ハローワーク ハロワ").isEmpty());
    }

    @Test
    void alternatives_are_capped() {
        SynonymRules rules = SynonymRules.of(List.of("a, b, c, d, e, f, g, h, i, j"));
        assertEquals(SynonymRules.ALTERNATIVES_MAX, rules.alternatives("a").size());
    }

    @Test
    void a_line_needs_two_words_and_plain_terms_and_each_fault_names_its_line() {
        var v = SynonymRules.violations(List.of("ハロワ, ハローワーク", "ひとつだけ", "a => b, c", "x".repeat(31) + ", y"));
        assertEquals(List.of("synonyms[1]", "synonyms[2]", "synonyms[3]"), v.stream().map(f -> f.field()).toList());
        assertEquals("synonyms.twoOrMore", v.get(0).code());
        assertEquals("synonyms.term", v.get(1).code());
    }

    @Test
    void a_stored_bad_line_is_skipped_rather_than_breaking_search() {
        assertEquals(1, SynonymRules.of(List.of("a => b", "c, d")).groups().size());
    }
}
