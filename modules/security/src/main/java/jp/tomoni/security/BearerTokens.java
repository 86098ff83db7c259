package jp.tomoni.security;

import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.List;
import java.util.Set;

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
 */
@ApplicationScoped
public class BearerTokens {
    @Inject
    OidcSettings settings;

    private DefaultJWTProcessor<SecurityContext> processor;

    @PostConstruct
    void init() {
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder
                    .create(URI.create(settings.getJwksUrl()).toURL())
                    .retrying(true)
                    .build();
            processor = new DefaultJWTProcessor<>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
            processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                    settings.getAudience(),
                    new JWTClaimsSet.Builder().issuer(settings.getIssuer()).build(),
                    Set.of("sub", "exp", "iat")));
        } catch (MalformedURLException e) {
            throw new IllegalStateException("bad issuer URL " + settings.getIssuer(), e);
        }
    }

    /** The caller named by a valid token. */
    public Caller verify(String token) throws InvalidTokenException {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            List<String> groups = claims.getStringListClaim("groups");
            String username = claims.getStringClaim("preferred_username");
            String family = claims.getStringClaim("family_name");
            String given = claims.getStringClaim("given_name");
            String name = family == null ? claims.getStringClaim("name") : (family + " " + (given == null ? "" : given)).strip();
            return Caller.fromClaims(claims.getSubject(), claims.getStringClaim("sid"),
                    username == null ? claims.getSubject() : username, name, groups);
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
