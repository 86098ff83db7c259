package jp.tomoni.domain.tenant;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jp.tomoni.domain.shared.FieldViolation;

/**
 * A municipality's own identity provider (OpenID Connect) for its staff, brokered by Tomoni's realm.
 * Its {@code roles} claim decides the person's roles in this tenant: each listed claim value
 * maps to one staff role; a value not listed gives nothing.
 *
 * @param roleIds claim value → role id as written in the tenant file (checked by {@link #violations()})
 */
public record IdentityProviderLink(String alias, String displayName, String issuer, String clientId,
                                   String clientSecret, Map<String, String> roleIds) {
    private static final Pattern ALIAS = Pattern.compile("[a-z][a-z0-9-]{2,40}");

    public IdentityProviderLink {
        roleIds = roleIds == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(roleIds));
    }

    public List<FieldViolation> violations() {
        List<FieldViolation> out = new ArrayList<>();
        if (alias == null || !ALIAS.matcher(alias).matches()) {
            out.add(FieldViolation.of("alias", "tenant.idp.alias"));
        }
        if (displayName == null || displayName.isBlank()) {
            out.add(FieldViolation.of("displayName", "required"));
        }
        if (!isHttpUrl(issuer)) {
            out.add(FieldViolation.of("issuer", "tenant.idp.issuer"));
        }
        if (clientId == null || clientId.isBlank()) {
            out.add(FieldViolation.of("clientId", "required"));
        }
        if (clientSecret == null || clientSecret.isBlank()) {
            out.add(FieldViolation.of("clientSecret", "required"));
        }
        if (roleIds.isEmpty()) {
            out.add(FieldViolation.of("roles", "required"));
        }
        roleIds.forEach((claim, roleId) -> {
            var role = TenantRole.fromId(roleId);
            if (role.isEmpty()) {
                out.add(FieldViolation.of("roles", "tenant.idp.role.unknown", roleId));
            } else if (!role.get().isStaff()) {
                // a city hall's directory vouches for its employees, not for residents or families
                out.add(FieldViolation.of("roles", "tenant.idp.role.notStaff", roleId));
            }
        });
        return out;
    }

    /** The roles to grant per claim value; only meaningful when {@link #violations()} is empty. */
    public Map<String, TenantRole> roles() {
        Map<String, TenantRole> out = new LinkedHashMap<>();
        roleIds.forEach((claim, id) -> TenantRole.fromId(id).ifPresent(role -> out.put(claim, role)));
        return out;
    }

    private static boolean isHttpUrl(String s) {
        try {
            URI u = URI.create(s);
            return ("https".equals(u.getScheme()) || "http".equals(u.getScheme())) && u.getHost() != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
