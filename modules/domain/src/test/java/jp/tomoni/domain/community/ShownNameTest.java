package jp.tomoni.domain.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.shared.FieldViolation;

class ShownNameTest {
    static List<String> fields(List<FieldViolation> v) {
        return v.stream().map(f -> f.field() + ":" + f.code()).toList();
    }

    static List<String> of(String name) {
        return fields(ShownName.violations(name));
    }

    @Test
    void a_nickname_is_allowed_and_trimmed() {
        assertEquals(List.of(), of("さくら"));
        assertEquals(List.of(), of("Taro_2024"));
        assertEquals("さくら", ShownName.normalise("\u3000 さくら "));
        assertNull(ShownName.normalise(" \u3000"));
    }

    @Test
    void a_shown_name_is_required_after_trimming() {
        assertEquals(List.of("shownName:required"), of(null));
        assertEquals(List.of("shownName:required"), of("   "));
        assertEquals(List.of("shownName:required"), of("\u3000"));
    }

    @Test
    void a_shown_name_is_at_most_20_characters_after_trimming() {
        assertEquals(List.of(), of("あ".repeat(20)));
        assertEquals(List.of(), of("  " + "あ".repeat(20) + "  "));
        assertEquals(List.of("shownName:tooLong"), of("あ".repeat(21)));
        assertEquals(List.of(), of("𠮷".repeat(20)), "characters, not UTF-16 units");
    }

    @Test
    void an_at_sign_or_a_web_address_is_refused_as_contact_details() {
        assertEquals(List.of("shownName:contactDetails"), of("taro@example"));
        assertEquals(List.of("shownName:contactDetails"), of("たろう＠"));
        assertEquals(List.of("shownName:contactDetails"), of("https://x.jp"));
        assertEquals(List.of("shownName:contactDetails"), of("HTTP太郎"));
        assertEquals(List.of("shownName:contactDetails"), of("www.taro"));
        assertEquals(List.of("shownName:contactDetails"), of("ｗｗｗ．ｔａｒｏ"));
        assertEquals(List.of(), of("www太郎"), "www without the dot is no address");
    }

    @Test
    void a_run_of_eight_digits_is_refused_as_contact_details_and_seven_are_allowed() {
        assertEquals(List.of(), of("太郎1234567"));
        assertEquals(List.of("shownName:contactDetails"), of("太郎12345678"));
        assertEquals(List.of(), of("1234太郎5678"), "a letter between breaks the run");
    }

    @Test
    void hyphens_and_spaces_between_digits_are_ignored_and_full_width_digits_count() {
        assertEquals(List.of("shownName:contactDetails"), of("090-1234-5678"));
        assertEquals(List.of("shownName:contactDetails"), of("0901 234 5678"));
        assertEquals(List.of("shownName:contactDetails"), of("０９０ー１２３４ー５６７８"));
        assertEquals(List.of("shownName:contactDetails"), of("０９０－１２３４－５"));
        assertEquals(List.of("shownName:contactDetails"), of("1234\u30005678"));
        assertEquals(List.of(), of("０９０－１２３４"), "seven digits are no phone number");
    }

    @Test
    void a_long_name_with_contact_details_is_refused_for_both() {
        assertEquals(List.of("shownName:tooLong", "shownName:contactDetails"), of("連絡ください 090-1234-5678 まで"));
    }
}
