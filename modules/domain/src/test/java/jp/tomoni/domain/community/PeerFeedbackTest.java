package jp.tomoni.domain.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.shared.FieldViolation;

class PeerFeedbackTest {
    static List<String> fields(List<FieldViolation> v) {
        return v.stream().map(f -> f.field() + ":" + f.code()).toList();
    }

    @Test
    void strengths_are_required_and_one_thing_to_try_is_optional() {
        assertEquals(List.of(), new PeerFeedback("目を見て話せていた", null).violations());
        assertEquals(List.of(), new PeerFeedback("声が聞き取りやすい", "結論から話す").violations());
        assertEquals(List.of("strengths:required"), fields(new PeerFeedback(null, "結論から話す").violations()));
        assertEquals(List.of("strengths:required"), fields(new PeerFeedback(" \u3000", null).violations()));
    }

    @Test
    void blanks_become_null_and_texts_are_trimmed() {
        var f = new PeerFeedback("  笑顔が良い ", "   ");
        assertEquals("笑顔が良い", f.strengths());
        assertNull(f.oneThingToTry());
    }

    @Test
    void each_field_is_at_most_500_characters() {
        assertEquals(List.of(), new PeerFeedback("あ".repeat(500), "い".repeat(500)).violations());
        assertEquals(List.of("strengths:tooLong", "oneThingToTry:tooLong"),
                fields(new PeerFeedback("あ".repeat(501), "い".repeat(501)).violations()));
    }
}
