package jp.tomoni.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.net.http.HttpRequest;

import jp.tomoni.domain.tenant.TenantRole;

import org.junit.jupiter.api.Test;

/** A tenant that exists only as a file gets its Keycloak groups and organization at start-up. */
class IdentityProvisioningIT {

    static String adminToken() {
        String base = TestStack.get().issuer().replace("/realms/tomoni", "");
        var r = Http.send(HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin")));
        assertEquals(200, r.status(), r.body());
        return r.json().getString("access_token");
    }

    static Http.Reply admin(String path) {
        String base = TestStack.get().issuer().replace("/realms/tomoni", "");
        return Http.send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/tomoni" + path))
                .header("Authorization", "Bearer " + adminToken()).GET());
    }

    @Test
    void a_new_tenant_file_yields_a_group_for_every_role_in_keycloak() {
        for (TenantRole role : TenantRole.values()) {
            var r = admin("/group-by-path/tenants/" + TestStack.EXTRA_TENANT + "/" + role.id());
            assertEquals(200, r.status(), role.id() + ": " + r.body());
        }
    }

    @Test
    void a_new_tenant_file_yields_an_organization_in_keycloak() {
        var r = admin("/organizations?search=" + Http.enc("かえで町"));
        assertEquals(200, r.status(), r.body());
        assertFalse(r.array().isEmpty(), r.body());
    }
}
