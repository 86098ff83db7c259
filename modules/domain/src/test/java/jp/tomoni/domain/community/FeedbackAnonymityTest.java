package jp.tomoni.domain.community;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.shared.FieldViolation;

class FeedbackAnonymityTest {
    static List<String> fields(List<FieldViolation> v) {
        return v.stream().map(f -> f.field() + ":" + f.code()).toList();
    }

    @Test
    void feedback_is_shown_to_staff_only_from_five_responses() {
        assertFalse(FeedbackAnonymity.resultsShown(0));
        assertFalse(FeedbackAnonymity.resultsShown(4));
        assertTrue(FeedbackAnonymity.resultsShown(5));
        assertTrue(FeedbackAnonymity.resultsShown(6));
    }

    @Test
    void a_negative_number_of_responses_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> FeedbackAnonymity.resultsShown(-1));
    }

    @Test
    void a_rating_alone_or_a_comment_alone_is_enough() {
        assertEquals(List.of(), FeedbackAnonymity.violations(4, null));
        assertEquals(List.of(), FeedbackAnonymity.violations(null, "楽しかった"));
        assertEquals(List.of(), FeedbackAnonymity.violations(3, "また参加したい"));
    }

    @Test
    void a_response_without_a_rating_or_a_comment_is_refused_at_the_comment() {
        assertEquals(List.of("comment:required"), fields(FeedbackAnonymity.violations(null, null)));
        assertEquals(List.of("comment:required"), fields(FeedbackAnonymity.violations(null, "   ")));
    }

    @Test
    void a_rating_is_from_one_to_five() {
        assertEquals(List.of(), FeedbackAnonymity.violations(1, null));
        assertEquals(List.of(), FeedbackAnonymity.violations(5, null));
        assertEquals(List.of("rating:outOfRange"), fields(FeedbackAnonymity.violations(0, null)));
        assertEquals(List.of("rating:outOfRange"), fields(FeedbackAnonymity.violations(6, "x")));
        assertArrayEquals(new Object[] {1, 5}, FeedbackAnonymity.violations(6, null).get(0).args());
    }

    @Test
    void a_comment_is_at_most_1000_characters() {
        assertEquals(List.of(), FeedbackAnonymity.violations(null, "あ".repeat(1000)));
        assertEquals(List.of("comment:tooLong"), fields(FeedbackAnonymity.violations(null, "あ".repeat(1001))));
        assertEquals(List.of("comment:tooLong"), fields(FeedbackAnonymity.violations(2, "あ".repeat(1001))));
    }
}
