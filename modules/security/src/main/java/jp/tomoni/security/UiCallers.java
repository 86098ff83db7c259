package jp.tomoni.security;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;

/** The person signed in to the UI through OpenID Connect, read from their ID token and checked with {@link LiveAccess}. */
@ApplicationScoped
public class UiCallers {
    private static final Logger LOG = Logger.getLogger(UiCallers.class.getName());
    @Inject
    Instance<OpenIdContext> openId;
    @Inject
    LiveAccess live;

    /**
     * The signed-in person with the roles Keycloak holds now; empty when nobody is signed in or
     * their access was revoked (disabled, signed out elsewhere) since they signed in.
     */
    public Optional<Caller> current() {
        Optional<Caller> signedIn = fromToken();
        if (signedIn.isEmpty()) {
            return signedIn;
        }
        try {
            return Optional.of(live.confirm(signedIn.get()));
        } catch (AccessRevokedException e) {
            LOG.info(() -> signedIn.get().username() + " no longer admitted: " + e.reason());
            return Optional.empty();
        }
    }

    /** The person as their ID token names them, roles as they were at sign-in. */
    public Optional<Caller> fromToken() {
        try {
            OpenIdContext ctx = openId.get();
            if (ctx == null || ctx.getIdentityToken() == null) {
                return Optional.empty();
            }
            var claims = ctx.getIdentityToken().getJwtClaims();
            String username = claims.getStringClaim("preferred_username").orElse(ctx.getSubject());
            // Japanese order: family name first
            String name = claims.getStringClaim("family_name")
                    .map(f -> f + " " + claims.getStringClaim("given_name").orElse(""))
                    .map(String::strip)
                    .orElse(claims.getStringClaim("name").orElse(username));
            List<String> groups = claims.getArrayStringClaim("groups");
            return Optional.of(Caller.fromClaims(ctx.getSubject(), claims.getStringClaim("sid").orElse(null), username, name, groups));
        } catch (RuntimeException e) {
            LOG.info(() -> "no signed-in person readable: " + e);
            return Optional.empty();
        }
    }
}
