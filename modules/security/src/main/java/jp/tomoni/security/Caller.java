package jp.tomoni.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.tenant.TenantGrants;
import jp.tomoni.domain.tenant.TenantRole;

/**
 * A signed-in person: their Keycloak user id and session, name, and the roles held in each
 * tenant (from group paths such as {@code /tenants/midorino/consultant}).
 */
public record Caller(String userId, String sessionId, String username, String displayName, TenantGrants grants,
                     Set<String> platformRoles, Set<String> organizations) {
    public static final String PLATFORM_OPERATOR = "platform-operator";

    /** @param groups group paths and realm roles, as the realm's {@code groups} claim lists them */
    public static Caller fromClaims(String userId, String sessionId, String username, String displayName,
                                    Collection<String> groups) {
        Collection<String> g = groups == null ? List.of() : groups;
        return new Caller(userId, sessionId, username,
                displayName == null || displayName.isBlank() ? username : displayName,
                TenantGrants.fromGroups(g),
                Set.copyOf(g.stream().filter(PLATFORM_OPERATOR::equals).toList()), Set.of());
    }

    /** The same person with the tenant roles of these group paths (as Keycloak holds them now). */
    public Caller withGroups(Collection<String> groupPaths) {
        return new Caller(userId, sessionId, username, displayName, TenantGrants.fromGroups(groupPaths), platformRoles,
                organizations);
    }

    /** The same person with these tenant roles (as Keycloak holds them now). */
    public Caller withGrants(TenantGrants now) {
        return new Caller(userId, sessionId, username, displayName, now, platformRoles, organizations);
    }

    /** The same person as a member of these agencies (Keycloak organization aliases, as Keycloak holds them now). */
    public Caller withOrganizations(Collection<String> aliases) {
        return new Caller(userId, sessionId, username, displayName, grants, platformRoles, Set.copyOf(aliases));
    }

    /** The caller as bound to one tenant; empty when they hold no role there. */
    public Optional<CurrentTenant> in(String tenant) {
        Set<TenantRole> roles = grants.rolesIn(tenant);
        return roles.isEmpty() ? Optional.empty() : Optional.of(new CurrentTenant(tenant, username, roles, organizations));
    }
}
