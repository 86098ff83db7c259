package jp.tomoni.domain.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.tenant.TenantRole;

/**
 * A tenant admin's invitation of a person to roles in their tenant. The person gets an e-mail
 * with a link to set a password (and, for staff roles, an authenticator app).
 */
public record StaffInvitation(String email, String familyName, String givenName, Set<TenantRole> roles) {
    public static final int NAME_MAX = 50;
    // deliberately plain: one @, something on each side, a dot in the domain; the mail itself is the real check
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public StaffInvitation {
        email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
        familyName = familyName == null ? null : familyName.strip();
        givenName = givenName == null ? null : givenName.strip();
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public List<FieldViolation> violations() {
        List<FieldViolation> v = new ArrayList<>();
        if (email == null || email.isEmpty()) {
            v.add(FieldViolation.of("email", "required"));
        } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            v.add(FieldViolation.of("email", "email"));
        }
        name(v, "familyName", familyName);
        name(v, "givenName", givenName);
        if (roles.isEmpty()) {
            v.add(FieldViolation.of("roles", "required"));
        }
        return v;
    }

    private static void name(List<FieldViolation> v, String field, String value) {
        if (value == null || value.isEmpty()) {
            v.add(FieldViolation.of(field, "required"));
        } else if (value.length() > NAME_MAX) {
            v.add(FieldViolation.of(field, "tooLong", NAME_MAX));
        }
    }

    /** Whether the invited person will need a second factor (any staff role among those granted). */
    public boolean grantsStaffRole() {
        return roles.stream().anyMatch(TenantRole::isStaff);
    }
}
