package jp.tomoni.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.tenant.TenantGrants;
import jp.tomoni.domain.tenant.TenantRole;

/** A signed-in person: name and the roles held in each tenant (from the token's groups claim). */
public record Caller(String username, String displayName, TenantGrants grants, Set<String> platformRoles) {
    public static final String PLATFORM_OPERATOR = "platform-operator";

    public static Caller fromClaims(String username, String displayName, Collection<String> groups) {
        Collection<String> g = groups == null ? List.of() : groups;
        return new Caller(username, displayName == null || displayName.isBlank() ? username : displayName,
                TenantGrants.fromGroups(g),
                Set.copyOf(g.stream().filter(PLATFORM_OPERATOR::equals).toList()));
    }

    /** The caller as bound to one tenant; empty when they hold no role there. */
    public Optional<CurrentTenant> in(String tenant) {
        Set<TenantRole> roles = grants.rolesIn(tenant);
        return roles.isEmpty() ? Optional.empty() : Optional.of(new CurrentTenant(tenant, username, roles));
    }
}
