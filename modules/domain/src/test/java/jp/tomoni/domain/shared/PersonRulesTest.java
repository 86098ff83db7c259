package jp.tomoni.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PersonRulesTest {

    private static List<String> email(String raw) {
        List<FieldViolation> v = new ArrayList<>();
        PersonRules.checkEmail(v, "email", PersonRules.email(raw));
        return v.stream().map(FieldViolation::code).toList();
    }

    @Test
    void an_address_needs_one_at_sign_and_a_dot_in_its_domain() {
        assertEquals(List.of(), email("taro@example.jp"));
        assertEquals(List.of("email"), email("taro@localhost"));
        assertEquals(List.of("email"), email("taro@@example.jp"));
        assertEquals(List.of("email"), email("taro yamada@example.jp"));
        assertEquals(List.of("required"), email("  "));
    }

    @Test
    void an_address_longer_than_254_characters_is_refused() {
        assertEquals(List.of("email"), email("a".repeat(250) + "@b.jp"));
    }

    @Test
    void names_are_counted_in_characters_so_rare_kanji_are_not_counted_twice() {
        List<FieldViolation> v = new ArrayList<>();
        PersonRules.checkName(v, "familyName", "𠮷".repeat(PersonRules.NAME_MAX));
        assertEquals(List.of(), v);
        PersonRules.checkName(v, "familyName", "𠮷".repeat(PersonRules.NAME_MAX + 1));
        assertEquals(List.of("tooLong"), v.stream().map(FieldViolation::code).toList());
    }
}
