package jp.tomoni.domain.casework.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.shared.FieldViolation;

class StrengthTest {

    private static List<String> faults(Strength s) {
        return s.violations().stream().map(f -> f.field() + ":" + f.code()).toList();
    }

    @Test
    void a_strength_needs_a_kind_and_a_text() {
        assertEquals(List.of("kind:required", "text:required"), faults(new Strength(null, "  ")));
        assertEquals(List.of(), faults(new Strength(StrengthKind.SUPPORTER, "近所の叔母が相談に乗ってくれる")));
    }

    @Test
    void a_strength_is_at_most_500_characters() {
        assertEquals(List.of(), faults(new Strength(StrengthKind.ABILITY, "料".repeat(500))));
        assertEquals(List.of("text:tooLong"), faults(new Strength(StrengthKind.ABILITY, "料".repeat(501))));
    }

    @Test
    void the_text_is_kept_without_surrounding_blanks() {
        assertEquals("料理が得意", new Strength(StrengthKind.ABILITY, "  料理が得意 ").text());
    }
}
