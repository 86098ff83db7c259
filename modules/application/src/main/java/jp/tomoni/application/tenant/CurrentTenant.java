package jp.tomoni.application.tenant;

import java.util.Set;

import jp.tomoni.domain.tenant.TenantRole;

/** Who acts, in which tenant, with which roles there: fixed for one request. */
public record CurrentTenant(String tenantId, String actor, Set<TenantRole> roles) {
    public CurrentTenant {
        roles = Set.copyOf(roles);
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
