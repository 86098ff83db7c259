package jp.tomoni.domain.staff;

import java.util.List;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.tenant.TenantRole;

/** Granting or removing one role of one person in the current tenant. */
public record RoleChange(String userId, TenantRole role, boolean grant) {

    /**
     * A tenant admin may not remove their own admin role: the tenant could be left with nobody to
     * manage it, and the person would lock themselves out mid-action. Another admin can do it.
     */
    public List<FieldViolation> violationsBy(String actorUserId) {
        if (!grant && role == TenantRole.TENANT_ADMIN && userId.equals(actorUserId)) {
            return List.of(FieldViolation.of("role", "ownAdminRole"));
        }
        return List.of();
    }
}
