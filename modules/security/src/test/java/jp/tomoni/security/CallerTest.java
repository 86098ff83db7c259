package jp.tomoni.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.tenant.TenantRole;

class CallerTest {

    @Test
    void a_caller_is_bound_only_to_tenants_where_they_hold_a_role() {
        var c = Caller.fromClaims("u1", "s1", "worker.midorino", "みどり 花子", List.of("/tenants/midorino/consultant"));
        assertEquals(Set.of(TenantRole.CONSULTANT), c.in("midorino").orElseThrow().roles());
        assertTrue(c.in("aoba").isEmpty());
    }

    @Test
    void the_platform_operator_role_grants_no_tenant() {
        var c = Caller.fromClaims("u2", "s2", "operator", null, List.of("platform-operator"));
        assertEquals(Set.of("platform-operator"), c.platformRoles());
        assertTrue(c.in("midorino").isEmpty());
        assertEquals("operator", c.displayName());
    }
}
