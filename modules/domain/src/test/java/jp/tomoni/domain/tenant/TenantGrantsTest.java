package jp.tomoni.domain.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TenantGrantsTest {

    @Test
    void a_role_is_granted_only_in_the_tenant_its_group_names() {
        var g = TenantGrants.fromGroups(List.of("/tenants/midorino/consultant"));
        assertEquals(Set.of(TenantRole.CONSULTANT), g.rolesIn("midorino"));
        assertTrue(g.rolesIn("aoba").isEmpty());
    }

    @Test
    void one_person_may_hold_roles_in_several_tenants() {
        var g = TenantGrants.fromGroups(List.of("/tenants/midorino/consultant", "/tenants/aoba/consultant",
                "/tenants/aoba/tenant-admin"));
        assertEquals(Set.of("aoba", "midorino"), g.tenants());
        assertEquals(Set.of(TenantRole.CONSULTANT, TenantRole.TENANT_ADMIN), g.rolesIn("aoba"));
    }

    @Test
    void unknown_roles_other_groups_and_malformed_paths_grant_nothing() {
        var g = TenantGrants.fromGroups(List.of("platform-operator", "/tenants/midorino/superuser",
                "/tenants/midorino", "/tenants//consultant", "/tenants/aoba/consultant/extra", "/other/aoba/consultant"));
        assertTrue(g.tenants().isEmpty());
    }
}
