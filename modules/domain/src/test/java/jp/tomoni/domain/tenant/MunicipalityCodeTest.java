package jp.tomoni.domain.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MunicipalityCodeTest {

    @ParameterizedTest(name = "{0} is the published code of {1}")
    @CsvSource({
        "131016, 千代田区",
        "011002, 札幌市",
        "141003, 横浜市",
        "271004, 大阪市",
        "472018, 那覇市",
        "010006, 北海道"
    })
    void published_codes_carry_a_valid_check_digit(String code, String name) {
        assertTrue(MunicipalityCode.isValid(code), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"131017", "011001", "141000", "271009"})
    void a_wrong_check_digit_is_refused(String code) {
        assertFalse(MunicipalityCode.isValid(code));
        assertThrows(IllegalArgumentException.class, () -> new MunicipalityCode(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "13101", "1310160", "13101a", "１３１０１６"})
    void anything_but_six_ascii_digits_is_refused(String code) {
        assertFalse(MunicipalityCode.isValid(code));
    }

    @Test
    void check_digit_is_the_last_digit_of_eleven_minus_the_weighted_sum_mod_eleven() {
        // 1*6 + 3*5 + 1*4 + 0*3 + 1*2 = 27; 27 mod 11 = 5; 11 - 5 = 6
        assertEquals(6, MunicipalityCode.checkDigitOf("13101"));
        // weighted sum 11 -> remainder 0 -> 11 -> last digit 1
        assertEquals(1, MunicipalityCode.checkDigitOf("00031"));
        // weighted sum 12 -> remainder 1 -> 10 -> last digit 0
        assertEquals(0, MunicipalityCode.checkDigitOf("00040"));
    }

    @Test
    void the_first_two_digits_name_the_prefecture() {
        assertEquals(13, new MunicipalityCode("131016").prefectureNumber());
        assertEquals(1, new MunicipalityCode("011002").prefectureNumber());
    }
}
