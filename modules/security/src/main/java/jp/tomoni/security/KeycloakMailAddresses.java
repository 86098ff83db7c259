package jp.tomoni.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import jp.tomoni.application.community.CommunityAccess;
import jp.tomoni.application.community.MailAddresses;
import jp.tomoni.domain.tenant.TenantGrants;
import jp.tomoni.domain.tenant.TenantRole;

/**
 * A person's mail address as Keycloak holds it now, found by their exact user name through the Admin
 * API (Tomoni keeps no copy). Given only for an enabled account with a confirmed address that still
 * holds a community role (member or staff) in the tenant — so a mail never goes to an address nobody
 * confirmed, nor to someone who has left the tenant or took over a deleted account's user name.
 */
@ApplicationScoped
public class KeycloakMailAddresses implements MailAddresses {
    @Inject
    IdentityAdmin identity;

    @Override
    public Optional<String> of(String tenantId, String account) {
        if (tenantId == null || account == null || account.isBlank()) {
            return Optional.empty();
        }
        Optional<KeycloakAdmin> admin = identity.admin();
        if (admin.isEmpty()) {
            return Optional.empty(); // no service account: nobody to ask
        }
        List<JsonObject> users = admin.get()
                .array("/users?exact=true&briefRepresentation=false&username=" + KeycloakAdmin.enc(account))
                .getValuesAs(JsonObject.class);
        for (JsonObject u : users) {
            if (!account.equalsIgnoreCase(u.getString("username", ""))) {
                continue;
            }
            List<String> groups = admin.get().groupPaths(u.getString("id")).orElse(List.of());
            return addressOf(tenantId, u.getBoolean("enabled", false), u.getBoolean("emailVerified", false),
                    u.getString("email", null), groups);
        }
        return Optional.empty();
    }

    /** The address, if the account is enabled, its address confirmed and it holds a community role in the tenant. */
    static Optional<String> addressOf(String tenantId, boolean enabled, boolean emailVerified, String email,
                                      Collection<String> groupPaths) {
        if (!enabled || !emailVerified || email == null || email.isBlank()) {
            return Optional.empty();
        }
        Set<TenantRole> roles = TenantGrants.fromGroups(groupPaths).rolesIn(tenantId);
        boolean participant = roles.stream()
                .anyMatch(r -> CommunityAccess.MEMBERS.contains(r) || CommunityAccess.STAFF.contains(r));
        return participant ? Optional.of(email.strip()) : Optional.empty();
    }
}
