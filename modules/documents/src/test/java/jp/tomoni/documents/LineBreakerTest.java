package jp.tomoni.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LineBreakerTest {

    /** Every character one unit wide, so widths are character counts. */
    private static final LineBreaker.Measure CHARS = s -> s.codePointCount(0, s.length());

    @Test
    void japanese_text_breaks_between_any_two_characters() {
        assertEquals(List.of("あいうえ", "おかきく", "け"), LineBreaker.wrap("あいうえおかきくけ", 4, CHARS));
    }

    @Test
    void no_line_starts_with_a_comma_or_full_stop() {
        List<String> lines = LineBreaker.wrap("あいうえ。かきくけ、さしすせそ", 4, CHARS);
        lines.forEach(line -> assertFalse(line.startsWith("。") || line.startsWith("、"), () -> "line starts with punctuation: " + lines));
        assertEquals("あいうえ。かきくけ、さしすせそ", String.join("", lines));
    }

    @Test
    void no_line_ends_with_an_opening_bracket() {
        List<String> lines = LineBreaker.wrap("あいう「えお」", 4, CHARS);
        lines.forEach(line -> assertFalse(line.endsWith("「"), () -> "line ends with a bracket: " + lines));
    }

    @Test
    void latin_words_and_numbers_stay_whole() {
        List<String> lines = LineBreaker.wrap("給付額40,000円", 7, CHARS);
        assertEquals(List.of("給付額", "40,000円"), lines);
    }

    @Test
    void a_word_longer_than_a_line_is_split_rather_than_overflowing() {
        List<String> lines = LineBreaker.wrap("https://example.jp/very/long", 10, CHARS);
        lines.forEach(line -> assertTrue(line.length() <= 10, () -> "too wide: " + lines));
        assertEquals("https://example.jp/very/long", String.join("", lines));
    }

    @Test
    void line_breaks_in_the_text_are_kept() {
        assertEquals(List.of("一行目", "", "三行目"), LineBreaker.wrap("一行目\n\n三行目", 10, CHARS));
    }

    @Test
    void empty_text_has_no_lines() {
        assertEquals(List.of(), LineBreaker.wrap("", 10, CHARS));
        assertEquals(List.of(), LineBreaker.wrap(null, 10, CHARS));
    }
}
