package jp.tomoni.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void staff_role_groups_demand_a_second_factor_and_community_groups_do_not() {
        for (TenantRole role : TenantRole.values()) {
            var group = Keycloak.admin("/group-by-path/tenants/" + TestStack.EXTRA_TENANT + "/" + role.id()).json();
            var attributes = group.getJsonObject("attributes");
            boolean demanded = attributes != null && attributes.containsKey("secondFactor");
            assertEquals(role.isStaff(), demanded, role.id() + ": " + group);
        }
    }

    @Test
    void a_new_tenant_files_first_admin_is_invited_by_mail_with_a_second_factor_to_set_up() throws Exception {
        var mail = TestStack.get().mailServer();
        ResourceApiIT.await("the first admin's invitation", java.time.Duration.ofSeconds(60),
                () -> !mail.receivedBy(TestStack.EXTRA_TENANT_ADMIN).isEmpty());
        assertEquals(1, mail.receivedBy(TestStack.EXTRA_TENANT_ADMIN).size());
        var users = Keycloak.admin("/users?exact=true&email=" + Http.enc(TestStack.EXTRA_TENANT_ADMIN)).array();
        assertEquals(1, users.size());
        String id = users.getJsonObject(0).getString("id");
        var groups = Keycloak.admin("/users/" + id + "/groups?briefRepresentation=false").array().getValuesAs(jakarta.json.JsonObject.class)
                .stream().map(g -> g.getString("path")).toList();
        assertEquals(java.util.List.of("/tenants/kaede/tenant-admin"), groups);
        assertFalse(users.getJsonObject(0).getBoolean("emailVerified"));
        assertTrue(users.getJsonObject(0).getJsonArray("requiredActions").toString().contains("CONFIGURE_TOTP"));
        assertEquals(1, Db.countAsOwner("kaede",
                "select count(*) from audit_log where actor = 'tenant-file' and action = 'auth.invite tenant-admin'"));
    }
}
