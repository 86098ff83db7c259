package jp.tomoni.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import jp.tomoni.domain.tenant.TenantRole;

class BearerTokensTest {
    static final String ISSUER = "http://kc.test/realms/tomoni";
    static final String AUDIENCE = "tomoni";

    RSAKey key;
    final AtomicInteger keyLookups = new AtomicInteger();
    BearerTokens tokens;
    Instant now = Instant.now();

    @BeforeEach
    void setUp() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        tokens = new BearerTokens();
        tokens.clock = new Clock() {
            @Override
            public Instant instant() {
                return now;
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        tokens.use(counting(key), ISSUER, AUDIENCE);
    }

    private JWKSource<SecurityContext> counting(RSAKey k) {
        JWKSet set = new JWKSet(k.toPublicJWK());
        return (selector, context) -> {
            keyLookups.incrementAndGet();
            return selector.select(set);
        };
    }

    private String token(RSAKey signWith, Instant exp) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject("u1")
                .claim("sid", "s1").claim("preferred_username", "worker.midorino")
                .claim("groups", List.of("/tenants/midorino/consultant"))
                .issueTime(new Date()).expirationTime(Date.from(exp)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), claims);
        jwt.sign(new RSASSASigner(signWith));
        return jwt.serialize();
    }

    @Test
    void a_token_that_passed_is_answered_from_memory_with_the_same_caller() throws Exception {
        String t = token(key, Instant.now().plusSeconds(300));
        Caller first = tokens.verify(t);
        Caller second = tokens.verify(t);
        assertEquals(1, keyLookups.get(), "the signature is checked once");
        assertEquals(first, second);
        assertEquals(java.util.Set.of(TenantRole.CONSULTANT), second.in("midorino").orElseThrow().roles());
    }

    @Test
    void a_remembered_token_is_checked_again_after_the_reverify_interval() throws Exception {
        String t = token(key, Instant.now().plusSeconds(300));
        tokens.verify(t);
        now = now.plus(BearerTokens.REVERIFY).plusSeconds(1);
        tokens.verify(t);
        assertEquals(2, keyLookups.get());
    }

    @Test
    void a_remembered_token_is_not_answered_from_memory_past_its_expiry() throws Exception {
        Instant exp = Instant.now().plusSeconds(20);
        String t = token(key, exp);
        tokens.verify(t);
        now = exp.plusSeconds(1);
        tokens.verify(t); // the full check decides again (it allows the library's clock skew)
        assertEquals(2, keyLookups.get());
    }

    @Test
    void a_token_that_failed_is_never_remembered() throws Exception {
        RSAKey other = new RSAKeyGenerator(2048).keyID("k1").generate();
        String forged = token(other, Instant.now().plusSeconds(300));
        assertThrows(BearerTokens.InvalidTokenException.class, () -> tokens.verify(forged));
        assertThrows(BearerTokens.InvalidTokenException.class, () -> tokens.verify(forged));
        assertEquals(0, tokens.remembered());
    }

    @Test
    void an_expired_token_is_refused_and_not_remembered() throws Exception {
        String t = token(key, Instant.now().minusSeconds(600));
        assertThrows(BearerTokens.InvalidTokenException.class, () -> tokens.verify(t));
        assertEquals(0, tokens.remembered());
    }

    @Test
    void new_keys_forget_what_was_checked_with_the_old_ones() throws Exception {
        String t = token(key, Instant.now().plusSeconds(300));
        tokens.verify(t);
        RSAKey rotated = new RSAKeyGenerator(2048).keyID("k1").generate();
        tokens.use(counting(rotated), ISSUER, AUDIENCE);
        assertThrows(BearerTokens.InvalidTokenException.class, () -> tokens.verify(t));
    }

    @Test
    void the_memory_stays_bounded() throws Exception {
        for (int i = 0; i < BearerTokens.MAX_REMEMBERED + 10; i++) {
            tokens.verify(token(key, Instant.now().plusSeconds(300 + i)));
        }
        assertEquals(true, tokens.remembered() <= BearerTokens.MAX_REMEMBERED);
    }
}
