package jp.tomoni.ui.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.casework.assessment.AssessmentForm;
import jp.tomoni.domain.casework.assessment.AssessmentForms;
import jp.tomoni.domain.casework.assessment.AssessmentItem;

class AssessmentValuesTest {
    private final AssessmentForm form = AssessmentForms.byId("H27").orElseThrow();

    private AssessmentItem item(String key) {
        return form.item(key).orElseThrow();
    }

    @Test
    void only_changed_items_are_sent_with_the_version_read() {
        Map<String, String> read = Map.of("housing.type", "rented", "work.status", "unemployed");
        Map<String, Long> versions = Map.of("housing.type", 3L, "work.status", 1L);
        Map<String, String> onScreen = new HashMap<>(Map.of("housing.type", "rented", "work.status", "nonRegular",
                "route.circumstances", ""));

        AssessmentValues.Changes c = AssessmentValues.changes(form.items(), read, versions, onScreen);

        assertEquals(Map.of("work.status", "nonRegular"), c.answers());
        assertEquals(Map.of("work.status", 1L), c.versions());
    }

    @Test
    void an_item_never_answered_is_sent_without_a_version() {
        AssessmentValues.Changes c = AssessmentValues.changes(form.items(), Map.of(), Map.of(),
                Map.of("housing.type", "owned"));
        assertEquals(Map.of("housing.type", "owned"), c.answers());
        assertTrue(c.versions().isEmpty());
    }

    @Test
    void a_cleared_answer_is_sent_blank_with_its_version() {
        AssessmentValues.Changes c = AssessmentValues.changes(form.items(), Map.of("housing.notes", "家賃滞納2か月"),
                Map.of("housing.notes", 2L), Map.of("housing.notes", "  "));
        assertEquals(Map.of("housing.notes", ""), c.answers());
        assertEquals(Map.of("housing.notes", 2L), c.versions());
    }

    @Test
    void an_answer_cleared_before_and_still_blank_is_no_change() {
        Map<String, String> read = new HashMap<>();
        read.put("housing.notes", null);
        assertTrue(AssessmentValues.changes(form.items(), read, Map.of("housing.notes", 4L),
                Map.of("housing.notes", "")).isEmpty());
    }

    @Test
    void surrounding_space_is_no_change() {
        assertTrue(AssessmentValues.changes(form.items(), Map.of("route.referringAgency", "社協"),
                Map.of("route.referringAgency", 1L), Map.of("route.referringAgency", " 社協 ")).isEmpty());
    }

    @Test
    void the_same_choices_in_another_order_are_no_change() {
        assertTrue(AssessmentValues.changes(form.items(), Map.of("income.sources", "pension,earnings"),
                Map.of("income.sources", 1L), Map.of("income.sources", "earnings,pension")).isEmpty());
    }

    @Test
    void choices_are_stored_as_option_keys_in_the_form_s_order() {
        assertEquals("earnings,pension,none",
                AssessmentValues.joinChoices(item("income.sources"), Set.of("none", "pension", "earnings")));
        assertEquals("", AssessmentValues.joinChoices(item("income.sources"), Set.of()));
        assertEquals(Set.of("pension", "earnings"), AssessmentValues.choices(" pension , earnings"));
        assertEquals(Set.of(), AssessmentValues.choices(null));
    }

    @Test
    void full_width_digits_and_thousands_separators_are_read_as_a_number() {
        assertEquals("120000", AssessmentValues.number("１２０,０００"));
        assertEquals("45000", AssessmentValues.number(" 45,000 "));
        assertEquals("", AssessmentValues.number(" "));
        // anything else is left for the domain to refuse on the field
        assertEquals("約5万", AssessmentValues.number("約5万"));
    }

    @Test
    void dates_are_stored_as_iso_text_and_an_unreadable_one_shows_as_empty() {
        assertEquals("2025-04-01", AssessmentValues.date(LocalDate.of(2025, 4, 1)));
        assertEquals("", AssessmentValues.date((LocalDate) null));
        assertEquals(LocalDate.of(2025, 4, 1), AssessmentValues.date("2025-04-01"));
        assertNull(AssessmentValues.date("4月1日"));
    }

    @Test
    void mandatory_items_carry_the_mark_before_their_label() {
        assertEquals("※住まいの状況", AssessmentValues.fieldLabel(item("housing.type"), false));
        assertEquals("家賃（円/月）", AssessmentValues.fieldLabel(item("housing.rent"), false));
        assertEquals("※Housing", AssessmentValues.fieldLabel(item("housing.type"), true));
    }

    @Test
    void history_shows_choices_by_their_labels_not_their_keys() {
        assertEquals("借家", AssessmentValues.display(item("housing.type"), "rented", false));
        assertEquals("はい", AssessmentValues.display(item("housing.atRisk"), "yes", false));
        assertEquals("就労収入、年金", AssessmentValues.display(item("income.sources"), "earnings,pension", false));
        assertEquals("Earnings from work, Pension", AssessmentValues.display(item("income.sources"), "earnings,pension", true));
        assertEquals("", AssessmentValues.display(item("housing.type"), null, false));
        assertEquals("12000", AssessmentValues.display(item("housing.rent"), "12000", false));
        assertEquals(CaseFormat.date(LocalDate.of(2025, 4, 1)), AssessmentValues.display(item("emergency.date"), "2025-04-01", false));
    }

    @Test
    void changes_are_sent_in_the_form_s_order() {
        Map<String, String> onScreen = new java.util.LinkedHashMap<>();
        List.of("emergency.provided", "route.path").forEach(k -> onScreen.put(k, k.equals("route.path") ? "self" : "yes"));
        AssessmentValues.Changes c = AssessmentValues.changes(form.items(), Map.of(), Map.of(), onScreen);
        assertEquals(List.of("route.path", "emergency.provided"), List.copyOf(c.answers().keySet()));
    }
}
