package jp.tomoni.ui.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.tenant.TenantRole;

class UiTenantsTest {
    private static final CurrentTenant MIDORINO = new CurrentTenant("midorino", "worker", Set.of(TenantRole.CONSULTANT));
    private static final CurrentTenant AOBA = new CurrentTenant("aoba", "worker", Set.of(TenantRole.RESIDENT));

    @Test
    void refreshing_gives_each_tab_the_roles_held_now_and_unbinds_tabs_of_a_tenant_that_granted_nothing() {
        UiTenants map = new UiTenants();
        map.bind(1, MIDORINO);
        map.bind(2, AOBA);
        CurrentTenant demoted = new CurrentTenant("midorino", "worker", Set.of(TenantRole.TUTOR));
        map.refresh(tenant -> tenant.equals("midorino") ? Optional.of(demoted) : Optional.empty());
        assertEquals(Optional.of(demoted), map.forParameter("1"));
        assertTrue(map.forParameter("2").isEmpty());
    }

    @Test
    void a_tab_keeps_the_partner_agencies_its_person_belongs_to() {
        UiTenants map = new UiTenants();
        map.bind(1, new CurrentTenant("midorino", "npo", Set.of(TenantRole.PARTNER_STAFF), Set.of("tomoni-net")));
        assertEquals(Set.of("tomoni-net"), map.get(1).orElseThrow().organizations());
        map.refresh(t -> java.util.Optional.of(new CurrentTenant(t, "npo", Set.of(TenantRole.PARTNER_STAFF), Set.of("other-npo"))));
        assertEquals(Set.of("other-npo"), map.get(1).orElseThrow().organizations());
    }

    @Test
    void a_ui_without_a_bound_tenant_binds_nothing() {
        UiTenants map = new UiTenants();
        map.bind(1, MIDORINO);
        assertTrue(map.forParameter("2").isEmpty());
    }

    @Test
    void each_tab_keeps_its_own_tenant_and_roles() {
        UiTenants map = new UiTenants();
        map.bind(1, MIDORINO);
        map.bind(2, AOBA);
        assertEquals(Optional.of(MIDORINO), map.forParameter("1"));
        assertEquals(Optional.of(AOBA), map.forParameter("2"));
    }

    @Test
    void a_missing_or_malformed_ui_id_binds_nothing() {
        UiTenants map = new UiTenants();
        map.bind(0, MIDORINO);
        assertTrue(map.forParameter(null).isEmpty());
        assertTrue(map.forParameter("").isEmpty());
        assertTrue(map.forParameter("0 OR 1").isEmpty());
    }

    @Test
    void forgetting_a_tab_leaves_the_others_bound() {
        UiTenants map = new UiTenants();
        map.bind(1, MIDORINO);
        map.bind(2, AOBA);
        map.forget(1);
        assertTrue(map.get(1).isEmpty());
        assertEquals(Optional.of(AOBA), map.get(2));
    }

    @Test
    void the_bindings_survive_the_session_being_serialised() throws Exception {
        UiTenants map = new UiTenants();
        map.bind(3, MIDORINO);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(map);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(Optional.of(MIDORINO), ((UiTenants) in.readObject()).get(3));
        }
    }
}
