package jp.tomoni.domain.casework.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.shared.FieldViolation;

class AssessmentItemTest {
    private final AssessmentForm h27 = AssessmentForms.byId("H27").orElseThrow();

    private List<String> codes(String key, String value) {
        return h27.item(key).orElseThrow().check(value).stream().map(FieldViolation::code).toList();
    }

    @Test
    void a_choice_must_be_one_of_the_item_s_options() {
        assertEquals(List.of(), codes("housing.type", "rented"));
        assertEquals(List.of("unknownOption"), codes("housing.type", "castle"));
        assertEquals("castle", h27.item("housing.type").orElseThrow().check("castle").get(0).args()[0]);
        assertEquals(List.of(), codes("housing.atRisk", "yes"));
        assertEquals(List.of("unknownOption"), codes("housing.atRisk", "maybe"));
    }

    @Test
    void a_multiple_choice_is_stored_as_comma_separated_option_keys() {
        assertEquals(List.of(), codes("issues.factors", "illness,multipleDebt,socialIsolation"));
        assertEquals(List.of("unknownOption"), codes("issues.factors", "illness,lottery"));
        assertEquals(List.of("invalid"), codes("issues.factors", "illness,,homeless"));
    }

    @Test
    void an_answer_longer_than_4000_characters_is_too_long() {
        assertEquals(List.of(), codes("history.life", "あ".repeat(4000)));
        assertEquals(List.of("tooLong"), codes("history.life", "あ".repeat(4001)));
        assertEquals(List.of("tooLong"), codes("route.referringAgency", "x".repeat(4001)));
    }

    @Test
    void dates_and_numbers_must_be_real_ones() {
        assertEquals(List.of(), codes("emergency.date", "2024-02-29"));
        assertEquals(List.of("invalid"), codes("emergency.date", "2023-02-29"));
        assertEquals(List.of("invalid"), codes("emergency.date", "令和5年2月1日"));
        assertEquals(List.of(), codes("housing.rent", "45000"));
        assertEquals(List.of("invalid"), codes("housing.rent", "4万5千"));
        assertEquals(List.of("invalid"), codes("housing.rent", "-1"));
    }

    @Test
    void an_unanswered_item_is_no_fault_until_a_plan_is_made() {
        assertEquals(List.of(), codes("housing.type", null));
        assertEquals(List.of(), codes("housing.type", "  "));
    }

    @Test
    void answers_to_items_not_on_the_form_are_refused() {
        var v = h27.check(Map.of("housing.type", "rented", "housing.colour", "blue", "housing.rent", "abc"));
        assertEquals(List.of("housing.rent:invalid", "housing.colour:unknownItem"),
                v.stream().map(f -> f.field() + ":" + f.code()).toList());
    }
}
