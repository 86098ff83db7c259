package jp.tomoni.security;

import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/**
 * Checks Keycloak access tokens for the API: signature against the realm's published keys,
 * issuer, audience and expiry. A token that fails any check identifies nobody.
 *
 * <p>A client sends the same token with every request until it expires, and checking it (JSON
 * parsing, an RSA signature, the group claims) is the largest part of the API's own cost per
 * request. So a token that passed is remembered, by its exact text, until the earlier of its
 * {@code exp} and {@link #REVERIFY} after the check; a remembered token is answered from memory
 * only while it has not expired. Nothing else is skipped: whether the person may still come in
 * ({@link LiveAccess}) is asked per request as before. A token that failed is never remembered.
 */
@ApplicationScoped
public class BearerTokens {
    /** How long a checked token is trusted before its signature is checked again (key rotation). */
    static final Duration REVERIFY = Duration.ofSeconds(60);
    /** At most this many tokens are remembered; past it, expired ones are dropped (or all). */
    static final int MAX_REMEMBERED = 4096;

    @Inject
    OidcSettings settings;

    private DefaultJWTProcessor<SecurityContext> processor;
    Clock clock = Clock.systemUTC();
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(Caller caller, Instant goodUntil) {
    }

    @PostConstruct
    void init() {
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder
                    .create(URI.create(settings.getJwksUrl()).toURL())
                    .retrying(true)
                    .build();
            use(keys, settings.getIssuer(), settings.getAudience());
        } catch (MalformedURLException e) {
            throw new IllegalStateException("bad issuer URL " + settings.getIssuer(), e);
        }
    }

    /** Verifies with these keys, issuer and audience (also for tests, with a local key set). */
    void use(JWKSource<SecurityContext> keys, String issuer, String audience) {
        DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
        p.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        p.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                audience,
                new JWTClaimsSet.Builder().issuer(issuer).build(),
                Set.of("sub", "exp", "iat")));
        processor = p;
        verified.clear();
    }

    /** The caller named by a valid token. */
    public Caller verify(String token) throws InvalidTokenException {
        Instant now = clock.instant();
        Verified known = verified.get(token);
        if (known != null) {
            if (now.isBefore(known.goodUntil())) {
                return known.caller();
            }
            verified.remove(token, known);
        }
        Verified fresh = check(token, now);
        if (now.isBefore(fresh.goodUntil())) {
            if (verified.size() >= MAX_REMEMBERED) {
                verified.values().removeIf(v -> !now.isBefore(v.goodUntil()));
                if (verified.size() >= MAX_REMEMBERED) {
                    verified.clear();
                }
            }
            verified.put(token, fresh);
        }
        return fresh.caller();
    }

    /** How many checked tokens are remembered now. */
    int remembered() {
        return verified.size();
    }

    private Verified check(String token, Instant now) throws InvalidTokenException {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            Date exp = claims.getExpirationTime();
            Instant until = now.plus(REVERIFY);
            if (exp != null && exp.toInstant().isBefore(until)) {
                until = exp.toInstant();
            }
            List<String> groups = claims.getStringListClaim("groups");
            String username = claims.getStringClaim("preferred_username");
            String family = claims.getStringClaim("family_name");
            String given = claims.getStringClaim("given_name");
            String name = family == null ? claims.getStringClaim("name") : (family + " " + (given == null ? "" : given)).strip();
            return new Verified(Caller.fromClaims(claims.getSubject(), claims.getStringClaim("sid"),
                    username == null ? claims.getSubject() : username, name, groups), until);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new InvalidTokenException(e.getMessage());
        }
    }

    public static class InvalidTokenException extends Exception {
        public InvalidTokenException(String message) {
            super(message);
        }
    }
}
