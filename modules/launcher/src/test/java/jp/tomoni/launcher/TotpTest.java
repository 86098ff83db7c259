package jp.tomoni.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class TotpTest {
    // RFC 6238 appendix B, SHA1 key, last six digits of the eight-digit values
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void codesMatchTheRfc6238TestVectors() {
        assertEquals("287082", Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(59))));
        assertEquals("081804", Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111109))));
        assertEquals("005924", Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1234567890))));
        assertEquals("279037", Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(2000000000))));
    }

    @Test
    void aStepLastsThirtySeconds() {
        assertEquals(Totp.step(Instant.ofEpochSecond(60)), Totp.step(Instant.ofEpochSecond(89)));
        assertEquals(Totp.step(Instant.ofEpochSecond(60)) + 1, Totp.step(Instant.ofEpochSecond(90)));
    }

    @Test
    void setupKeyIsRfc4648Base32WithoutPadding() {
        assertEquals("MZXW6YTBOI", Totp.base32("foobar"));
        assertEquals("MY", Totp.base32("f"));
    }
}
