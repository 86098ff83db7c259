package jp.tomoni.domain.casework.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AssessmentFormsTest {
    private final AssessmentForm h27 = AssessmentForms.byId("H27").orElseThrow();

    @Test
    void the_h27_sheet_is_in_force_today_and_read_only_once() {
        assertEquals("H27", AssessmentForms.current().id());
        assertSame(AssessmentForms.current(), AssessmentForms.byId("H27").orElseThrow());
        assertEquals(LocalDate.of(2015, 4, 1), h27.validFrom());
        assertTrue(AssessmentForms.byId("H99").isEmpty());
        assertThrows(IllegalStateException.class, () -> AssessmentForms.inForceOn(LocalDate.of(2015, 3, 31)));
    }

    @Test
    void every_item_and_option_has_a_japanese_and_an_english_label() {
        for (AssessmentSection s : h27.sections()) {
            assertFalse(s.labelJa().isBlank() || s.labelEn().isBlank(), s.key());
            for (AssessmentItem i : s.items()) {
                assertFalse(i.labelJa().isBlank() || i.labelEn().isBlank(), i.key());
                for (Option o : i.options()) {
                    assertFalse(o.labelJa().isBlank() || o.labelEn().isBlank(), i.key() + "/" + o.key());
                }
            }
        }
    }

    @Test
    void item_keys_are_unique_and_start_with_their_section() {
        Set<String> keys = new HashSet<>();
        for (AssessmentSection s : h27.sections()) {
            for (AssessmentItem i : s.items()) {
                assertTrue(keys.add(i.key()), "duplicate " + i.key());
                assertTrue(i.key().startsWith(s.key() + "."), i.key());
            }
        }
        assertEquals(h27.items().size(), keys.size());
        assertTrue(keys.size() >= 25 && keys.size() <= 35, "about 25–35 items, found " + keys.size());
    }

    @Test
    void the_mandatory_items_are_the_ones_a_plan_cannot_do_without() {
        assertEquals(List.of("route.path", "housing.type", "health.status", "work.status", "income.sources",
                "issues.factors", "screening.result"),
                h27.mandatoryItems().stream().map(AssessmentItem::key).toList());
    }

    @Test
    void the_sections_follow_the_life_areas_of_the_sheet() {
        assertEquals(List.of("route", "household", "housing", "health", "work", "income", "debt", "history",
                "issues", "screening", "emergency"),
                h27.sections().stream().map(AssessmentSection::key).toList());
    }

    @Test
    void the_screening_result_has_the_three_national_outcomes_and_is_reported_to_the_state() {
        AssessmentItem result = h27.item("screening.result").orElseThrow();
        assertEquals(List.of("相談・情報提供のみで終了", "他制度・他機関へのつなぎ", "プラン作成により継続的に支援"),
                result.options().stream().map(Option::labelJa).toList());
        assertTrue(result.reportedToState());
        assertTrue(result.confirmed());
        assertTrue(h27.item("screening.referralTo").orElseThrow().option("welfareOffice").isPresent(),
                "referrals to the public-assistance window are counted apart");
    }

    @Test
    void items_not_checked_against_a_published_form_are_marked_unconfirmed() {
        assertFalse(h27.item("housing.type").orElseThrow().confirmed());
        assertTrue(h27.item("emergency.provided").orElseThrow().confirmed());
        assertFalse(h27.item("housing.type").orElseThrow().reportedToState());
    }

    @Test
    void the_issues_list_offers_every_factor_of_the_sheet() {
        AssessmentItem factors = h27.item("issues.factors").orElseThrow();
        assertEquals(ItemType.MULTI_CHOICE, factors.type());
        assertEquals(28, factors.options().size());
        assertEquals("社会的孤立（ニート・ひきこもり等）", factors.option("socialIsolation").orElseThrow().labelJa());
    }

    @Test
    void yes_no_items_offer_yes_and_no() {
        assertEquals(List.of("yes", "no"),
                h27.item("housing.atRisk").orElseThrow().options().stream().map(Option::key).toList());
    }
}
