package jp.tomoni.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jp.tomoni.domain.tenant.TenantRole;

import org.junit.jupiter.api.Test;

/** A tenant that exists only as a file gets its Keycloak groups and organization at start-up. */
class IdentityProvisioningIT {

    @Test
    void a_new_tenant_file_yields_a_group_for_every_role_in_keycloak() {
        for (TenantRole role : TenantRole.values()) {
            var r = Keycloak.admin("/group-by-path/tenants/" + TestStack.EXTRA_TENANT + "/" + role.id());
            assertEquals(200, r.status(), role.id() + ": " + r.body());
        }
    }

    @Test
    void a_new_tenant_file_yields_an_organization_in_keycloak() {
        var r = Keycloak.admin("/organizations?search=" + Http.enc("かえで町"));
        assertEquals(200, r.status(), r.body());
        assertFalse(r.array().isEmpty(), r.body());
    }
}
