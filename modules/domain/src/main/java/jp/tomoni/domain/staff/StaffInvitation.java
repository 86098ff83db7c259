package jp.tomoni.domain.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.PersonRules;
import jp.tomoni.domain.tenant.TenantRole;

/**
 * A tenant admin's invitation of a person to roles in their tenant. The person gets an e-mail
 * with a link to set a password (and, for staff roles, an authenticator app).
 */
public record StaffInvitation(String email, String familyName, String givenName, Set<TenantRole> roles) {
    public static final int NAME_MAX = PersonRules.NAME_MAX;

    public StaffInvitation {
        email = PersonRules.email(email);
        familyName = PersonRules.name(familyName);
        givenName = PersonRules.name(givenName);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public List<FieldViolation> violations() {
        List<FieldViolation> v = new ArrayList<>();
        PersonRules.checkEmail(v, "email", email);
        PersonRules.checkName(v, "familyName", familyName);
        PersonRules.checkName(v, "givenName", givenName);
        if (roles.isEmpty()) {
            v.add(FieldViolation.of("roles", "required"));
        }
        return v;
    }

    /** Whether the invited person will need a second factor (any staff role among those granted). */
    public boolean grantsStaffRole() {
        return roles.stream().anyMatch(TenantRole::isStaff);
    }
}
