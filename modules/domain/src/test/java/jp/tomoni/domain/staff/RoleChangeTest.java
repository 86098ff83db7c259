package jp.tomoni.domain.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.tenant.TenantRole;

class RoleChangeTest {

    @Test
    void an_admin_may_not_remove_their_own_admin_role() {
        var v = new RoleChange("me", TenantRole.TENANT_ADMIN, false).violationsBy("me");
        assertEquals(1, v.size());
        assertEquals("role", v.get(0).field());
        assertEquals("ownAdminRole", v.get(0).code());
    }

    @Test
    void an_admin_may_remove_another_admins_role_and_their_own_other_roles() {
        assertTrue(new RoleChange("other", TenantRole.TENANT_ADMIN, false).violationsBy("me").isEmpty());
        assertTrue(new RoleChange("me", TenantRole.CONSULTANT, false).violationsBy("me").isEmpty());
        assertTrue(new RoleChange("me", TenantRole.TENANT_ADMIN, true).violationsBy("me").isEmpty());
    }
}
