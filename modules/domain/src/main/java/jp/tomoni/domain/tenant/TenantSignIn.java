package jp.tomoni.domain.tenant;

import java.util.Optional;

/**
 * The {@code signIn} part of a tenant file: who is invited as the first tenant admin (only while
 * the tenant has none), and the municipality's own identity provider, if it brings one.
 */
public record TenantSignIn(String slug, Optional<FirstAdmin> firstAdmin, Optional<IdentityProviderLink> identityProvider) {
    /** The person a new tenant's invitation goes to; checked like any staff invitation. */
    public record FirstAdmin(String email, String familyName, String givenName) {
    }

    public TenantSignIn {
        firstAdmin = firstAdmin == null ? Optional.empty() : firstAdmin;
        identityProvider = identityProvider == null ? Optional.empty() : identityProvider;
    }
}
