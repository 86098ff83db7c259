package jp.tomoni.security;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;

/** The person signed in to the UI through OpenID Connect, read from their ID token's claims. */
@ApplicationScoped
public class UiCallers {
    @Inject
    Instance<OpenIdContext> openId;

    public Optional<Caller> current() {
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
            return Optional.of(Caller.fromClaims(username, name, groups));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
