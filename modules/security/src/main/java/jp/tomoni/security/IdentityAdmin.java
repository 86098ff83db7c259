package jp.tomoni.security;

import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one Admin API client of the app, as the service account {@code tomoni.keycloak.provisioner.*}.
 * Empty when no account is configured: then groups are managed by hand and tokens are trusted
 * for their whole lifetime.
 */
@ApplicationScoped
public class IdentityAdmin {
    @Inject
    OidcSettings oidc;
    @Inject
    @ConfigProperty(name = "tomoni.keycloak.provisioner.client-id")
    Optional<String> clientId;
    @Inject
    @ConfigProperty(name = "tomoni.keycloak.provisioner.client-secret")
    Optional<String> clientSecret;

    private Optional<KeycloakAdmin> admin;

    @PostConstruct
    void init() {
        admin = clientId.filter(id -> !id.isBlank())
                .map(id -> new KeycloakAdmin(oidc.getIssuer(), id, clientSecret.orElse("")));
    }

    public Optional<KeycloakAdmin> admin() {
        return admin;
    }
}
