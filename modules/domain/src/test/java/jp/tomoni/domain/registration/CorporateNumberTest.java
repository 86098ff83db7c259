package jp.tomoni.domain.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorporateNumberTest {
    /** 国税庁's own 法人番号, as published on its 法人番号公表サイト. */
    private static final String NTA = "7000012050002";

    @Test
    void the_national_tax_agency_s_own_number_is_valid() {
        assertTrue(CorporateNumber.isValid(NTA));
    }

    @Test
    void the_check_digit_is_nine_minus_the_weighted_sum_mod_nine_counted_from_the_right() {
        // base 000012050002: from the right 2·1 + 5·1 + 2·1 + 1·2 = 11; 11 mod 9 = 2; 9 − 2 = 7
        assertEquals(7, CorporateNumber.checkDigitOf("000012050002"));
    }

    @Test
    void the_check_digit_comes_first_not_last() {
        assertFalse(CorporateNumber.isValid("0000120500027"), "the same digits with the check digit at the end");
    }

    @ParameterizedTest
    @ValueSource(strings = {"6000012050002", "8000012050002", "7000012050003", "7000012050020", "7100012050002"})
    void a_wrong_check_digit_or_a_changed_digit_is_refused(String wrong) {
        assertFalse(CorporateNumber.isValid(wrong));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "700001205000", "70000120500021", "700001205000a"})
    void anything_but_thirteen_digits_is_refused(String wrong) {
        assertFalse(CorporateNumber.isValid(wrong));
    }

    @Test
    void full_width_digits_spaces_and_hyphens_are_read_as_the_plain_number() {
        assertEquals(NTA, CorporateNumber.normalise("７００００１２０５０００２"));
        assertEquals(NTA, CorporateNumber.normalise(" 7000-01-2050002 "));
        assertEquals(NTA, CorporateNumber.normalise("7 000 012 050 002"));
        assertNull(CorporateNumber.normalise("  "));
    }

    @Test
    void a_base_of_other_than_twelve_digits_has_no_check_digit() {
        assertThrows(IllegalArgumentException.class, () -> CorporateNumber.checkDigitOf("12345"));
    }
}
