package jp.tomoni.ui.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.security.Caller;
import jp.tomoni.ui.tenant.TenantGate.Admitted;
import jp.tomoni.ui.tenant.TenantGate.Refusal;
import jp.tomoni.ui.tenant.TenantGate.Refused;

class TenantGateTest {
    private static final Caller WORKER = Caller.fromClaims("u1", "s1", "worker", "みどり 花子",
            List.of("/tenants/midorino/consultant", "/tenants/aoba/resident"));

    @TenantView(titleKey = "x", order = 1)
    static class OpenView {
    }

    @TenantView(titleKey = "x", order = 2, roles = {TenantRole.CONSULTANT, TenantRole.TENANT_ADMIN})
    static class StaffView {
    }

    @Test
    void a_person_with_a_role_in_the_tenant_is_admitted_with_exactly_the_roles_held_there() {
        var decision = TenantGate.decide(Optional.of(WORKER), "midorino", true, OpenView.class);
        Admitted admitted = (Admitted) decision;
        assertEquals("midorino", admitted.tenant().tenantId());
        assertEquals(Set.of(TenantRole.CONSULTANT), admitted.tenant().roles());
    }

    @Test
    void a_role_in_another_tenant_is_worth_nothing_here() {
        var decision = TenantGate.decide(Optional.of(WORKER), "sakura", true, OpenView.class);
        assertEquals(new Refused(Refusal.NO_ROLE_HERE), decision);
        assertTrue(((Refused) decision).worthAuditing());
    }

    @Test
    void a_staff_view_refuses_a_resident_of_the_same_person_s_other_tenant() {
        assertTrue(TenantGate.decide(Optional.of(WORKER), "midorino", true, StaffView.class) instanceof Admitted);
        assertEquals(new Refused(Refusal.VIEW_NOT_FOR_ROLE),
                TenantGate.decide(Optional.of(WORKER), "aoba", true, StaffView.class));
    }

    @Test
    void an_unknown_tenant_is_refused_without_an_audit_row() {
        var decision = TenantGate.decide(Optional.of(WORKER), "midorino", false, OpenView.class);
        assertEquals(new Refused(Refusal.UNKNOWN_TENANT), decision);
        assertFalse(((Refused) decision).worthAuditing());
    }

    @Test
    void nobody_signed_in_is_refused() {
        assertEquals(new Refused(Refusal.NOT_SIGNED_IN), TenantGate.decide(Optional.empty(), "midorino", true, OpenView.class));
    }

    @Test
    void a_view_without_metadata_is_open_to_anyone_in_the_tenant() {
        assertTrue(TenantGate.allows(String.class, Set.of(TenantRole.RESIDENT)));
    }
}
