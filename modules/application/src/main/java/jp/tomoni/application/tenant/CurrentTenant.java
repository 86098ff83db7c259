package jp.tomoni.application.tenant;

import java.util.Set;

import jp.tomoni.domain.tenant.TenantRole;

/**
 * Who acts, in which tenant, with which roles there, and for which agencies (Keycloak organization
 * aliases, which decide what partner staff see under consent): fixed for one request.
 */
public record CurrentTenant(String tenantId, String actor, Set<TenantRole> roles, Set<String> organizations) {
    public CurrentTenant {
        roles = Set.copyOf(roles);
        organizations = organizations == null ? Set.of() : Set.copyOf(organizations);
    }

    public CurrentTenant(String tenantId, String actor, Set<TenantRole> roles) {
        this(tenantId, actor, roles, Set.of());
    }

    public boolean hasAny(TenantRole... wanted) {
        for (TenantRole r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }
}
