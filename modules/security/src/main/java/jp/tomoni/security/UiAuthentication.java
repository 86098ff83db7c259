package jp.tomoni.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Sign-in for the UI: OpenID Connect code flow against Keycloak. Values come from
 * {@link OidcSettings} through EL. The API does not use this: it checks bearer tokens itself.
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${tomoniOidc.issuer}",
        clientId = "${tomoniOidc.clientId}",
        clientSecret = "${tomoniOidc.clientSecret}",
        redirectURI = "${tomoniOidc.redirectUri}",
        redirectToOriginalResource = false,
        scope = {"openid", "profile", "email"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${tomoniOidc.afterLogoutUri}"))
public class UiAuthentication {
}
