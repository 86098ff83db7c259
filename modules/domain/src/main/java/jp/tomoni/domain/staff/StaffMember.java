package jp.tomoni.domain.staff;

import java.util.Set;

import jp.tomoni.domain.tenant.TenantRole;

/**
 * A person holding roles in one tenant, as a tenant admin sees them: {@code pending} until they
 * have followed their invitation and set a password.
 */
public record StaffMember(String userId, String username, String displayName, String email, boolean enabled,
                          boolean pending, Set<TenantRole> roles) {
    public StaffMember {
        roles = Set.copyOf(roles);
    }
}
