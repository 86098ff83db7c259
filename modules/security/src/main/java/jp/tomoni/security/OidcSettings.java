package jp.tomoni.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keycloak settings from MicroProfile Config (environment TOMONI_OIDC_*). Named, because the
 * OpenID Connect annotation reads its values through EL rather than MicroProfile Config.
 */
@Named("tomoniOidc")
@ApplicationScoped
public class OidcSettings {
    @Inject
    @ConfigProperty(name = "tomoni.oidc.issuer", defaultValue = "http://localhost:8180/realms/tomoni")
    String issuer;

    @Inject
    @ConfigProperty(name = "tomoni.oidc.client-id", defaultValue = "tomoni-ui")
    String clientId;

    @Inject
    @ConfigProperty(name = "tomoni.oidc.client-secret", defaultValue = "tomoni-dev-secret")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "tomoni.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "tomoni.oidc.audience", defaultValue = "tomoni")
    String audience;

    public String getIssuer() { return issuer; }
    public String getClientId() { return clientId; }
    public String getClientSecret() { return clientSecret; }
    public String getRedirectUri() { return stripSlash(publicUrl) + "/callback"; }
    public String getAfterLogoutUri() { return stripSlash(publicUrl) + "/"; }
    public String getAudience() { return audience; }
    public String getJwksUrl() { return stripSlash(issuer) + "/protocol/openid-connect/certs"; }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
