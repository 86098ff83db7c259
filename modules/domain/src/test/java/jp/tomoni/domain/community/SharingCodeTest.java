package jp.tomoni.domain.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SharingCodeTest {
    static final Instant NOW = Instant.parse("2026-05-20T10:00:00Z");
    static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void a_code_is_eight_characters_without_look_alikes_0_O_1_I() {
        for (char c : "0O1I".toCharArray()) {
            assertEquals(-1, SharingCode.ALPHABET.indexOf(c), String.valueOf(c));
        }
        for (int i = 0; i < 2000; i++) {
            String code = SharingCode.issue(RANDOM, NOW).value();
            assertEquals(8, code.length(), code);
            assertTrue(code.chars().allMatch(c -> SharingCode.ALPHABET.indexOf(c) >= 0), code);
            assertTrue(SharingCode.wellFormed(code));
        }
    }

    @Test
    void codes_drawn_one_after_another_differ() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            seen.add(SharingCode.issue(RANDOM, NOW).value());
        }
        // 2000 draws of 32^8: a repeat is practically impossible
        assertEquals(2000, seen.size());
    }

    @Test
    void every_character_of_the_alphabet_is_drawn() {
        Set<Integer> drawn = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            SharingCode.issue(RANDOM, NOW).value().chars().forEach(drawn::add);
        }
        assertEquals(SharingCode.ALPHABET.length(), drawn.size());
    }

    @Test
    void a_code_is_valid_for_seven_days_and_not_at_its_expiry() {
        SharingCode code = SharingCode.issue(RANDOM, NOW);
        assertEquals(NOW.plus(Duration.ofDays(7)), code.expiresAt());
        assertTrue(code.validAt(NOW));
        assertTrue(code.validAt(code.expiresAt().minusNanos(1)));
        assertFalse(code.validAt(code.expiresAt()));
        assertFalse(code.validAt(NOW.plus(Duration.ofDays(8))));
    }

    @Test
    void what_a_person_types_is_read_with_full_width_lower_case_spaces_and_hyphens_ignored() {
        assertEquals("ABCD2345", SharingCode.normalise("ABCD2345"));
        assertEquals("ABCD2345", SharingCode.normalise("abcd2345"));
        assertEquals("ABCD2345", SharingCode.normalise(" ABCD 2345 "));
        assertEquals("ABCD2345", SharingCode.normalise("ABCD-2345"));
        // full-width letters, digits, the ideographic space, the full-width hyphen and an IME's long vowel mark
        assertEquals("ABCD2345", SharingCode.normalise("ＡＢＣＤ　２３４５"));
        assertEquals("ABCD2345", SharingCode.normalise("ａｂｃｄ－２３４５"));
        assertEquals("ABCD2345", SharingCode.normalise("ABCDー2345"));
        assertEquals("ABCD2345", SharingCode.normalise("ABCD\u22122345"));
        assertEquals("ABCD2345", SharingCode.normalise("ABCD\t2345\n"));
        assertEquals("", SharingCode.normalise(null));
    }

    @Test
    void the_code_is_shown_in_two_groups_of_four_and_read_back_the_same() {
        SharingCode code = new SharingCode("ABCD2345", NOW);
        assertEquals("ABCD 2345", code.shown());
        assertEquals("ABCD2345", SharingCode.normalise(code.shown()));
    }

    @Test
    void only_a_sha_256_is_kept_and_it_is_the_same_however_the_code_was_typed() {
        SharingCode code = new SharingCode("ABCD2345", NOW);
        String hash = code.hash();
        assertEquals(64, hash.length());
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertFalse(hash.contains("ABCD"));
        // sha256("ABCD2345"), as any tool computes it
        assertEquals("a00d76646eba91b057841554d5c8334f498dc592ed744bce404f21fe271cd36e", hash);
        assertEquals(hash, SharingCode.hashOf("abcd-2345"));
        assertEquals(hash, SharingCode.hashOf("ＡＢＣＤ　２３４５"));
        assertNotEquals(hash, SharingCode.hashOf("ABCD2346"));
    }

    @Test
    void text_that_cannot_be_a_code_is_not_well_formed() {
        assertFalse(SharingCode.wellFormed(null));
        assertFalse(SharingCode.wellFormed(""));
        assertFalse(SharingCode.wellFormed("ABCD234"), "too short");
        assertFalse(SharingCode.wellFormed("ABCD23456"), "too long");
        assertFalse(SharingCode.wellFormed("ABCD2340"), "0 is not in the alphabet");
        assertFalse(SharingCode.wellFormed("ABCDO234"), "O is not in the alphabet");
        assertFalse(SharingCode.wellFormed("ABCD1234"), "1 is not in the alphabet");
        assertFalse(SharingCode.wellFormed("IBCD2345"), "I is not in the alphabet");
        assertFalse(SharingCode.wellFormed("abcd2345"), "lower case only after normalising");
        assertFalse(SharingCode.wellFormed("ABCD あ34"));
        assertThrows(IllegalArgumentException.class, () -> new SharingCode("ABCD1234", NOW));
    }

    @Test
    void the_code_never_appears_in_its_text_form() {
        SharingCode code = new SharingCode("ABCD2345", NOW);
        assertFalse(code.toString().contains("ABCD"));
    }
}
