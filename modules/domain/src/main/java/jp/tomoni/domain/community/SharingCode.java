package jp.tomoni.domain.community;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The short code a member hands to their caseworker in person so that the caseworker can link the
 * member's community account to their case: eight characters from an alphabet without look-alikes
 * (no 0/O, no 1/I), valid for seven days, used once. Only its SHA-256 is kept; the code itself is
 * shown once, to the member. What a person types is read generously: full-width characters, lower
 * case, spaces and hyphens (also the long vowel mark ー an IME may put in) do not matter.
 */
public record SharingCode(String value, Instant expiresAt) {
    /** Digits and capitals without 0, 1, O and I: 32 characters, so 32^8 (about 10^12) codes. */
    public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public static final int LENGTH = 8;
    public static final Duration VALID_FOR = Duration.ofDays(7);

    public SharingCode {
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!wellFormed(value)) {
            throw new IllegalArgumentException("not a sharing code");
        }
    }

    /** A new code, valid for {@link #VALID_FOR} from {@code now}. */
    public static SharingCode issue(SecureRandom random, Instant now) {
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new SharingCode(b.toString(), now.plus(VALID_FOR));
    }

    /** Valid before its expiry, not at it. */
    public boolean validAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    /** What is kept instead of the code. */
    public String hash() {
        return hashOf(value);
    }

    /** Two groups of four, easier to read aloud and to copy: {@code ABCD EFGH}. */
    public String shown() {
        return value.substring(0, LENGTH / 2) + " " + value.substring(LENGTH / 2);
    }

    /**
     * What a person typed, as a code would be written: full-width to half-width (NFKC), lower to upper
     * case, without spaces and hyphens of any width. Null is empty.
     */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String s = Normalizer.normalize(typed, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> !ignored(c)).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static boolean ignored(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '\u2010' || c == '\u2011'
               || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2015' || c == '\u2212' || c == '\u30FC'
               || c == '\uFF70';
    }

    /** Eight characters of the alphabet (after {@link #normalise}). */
    public static boolean wellFormed(String code) {
        return code != null && code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** The SHA-256 of what the person typed, read as a code, in lower-case hex (64 characters). */
    public static String hashOf(String typed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalise(typed).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }

    /** The code is never written to logs. */
    @Override
    public String toString() {
        return "SharingCode[expiresAt=" + expiresAt + "]";
    }
}
