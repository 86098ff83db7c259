package jp.tomoni.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.security.AccessRevokedException.Reason;

class UserStateTest {
    private static final Caller FROM_TOKEN = Caller.fromClaims("u1", "session-1", "worker", "みどり 花子",
            List.of("/tenants/midorino/consultant", "/tenants/aoba/consultant"));

    @Test
    void roles_are_those_keycloak_holds_now_not_those_in_the_token() throws AccessRevokedException {
        var now = new UserState(true, true, Set.of("session-1"), List.of("/tenants/midorino/chief-consultant"));
        Caller c = now.admit(FROM_TOKEN);
        assertEquals(Set.of(TenantRole.CHIEF_CONSULTANT), c.in("midorino").orElseThrow().roles());
        assertTrue(c.in("aoba").isEmpty(), "a role removed since the token was issued is gone");
    }

    @Test
    void a_disabled_user_is_refused() {
        var now = new UserState(true, false, Set.of("session-1"), List.of("/tenants/midorino/consultant"));
        assertEquals(Reason.USER_DISABLED, assertThrows(AccessRevokedException.class, () -> now.admit(FROM_TOKEN)).reason());
    }

    @Test
    void a_token_of_an_ended_session_is_refused() {
        var now = new UserState(true, true, Set.of("session-2"), List.of("/tenants/midorino/consultant"));
        assertEquals(Reason.SESSION_ENDED, assertThrows(AccessRevokedException.class, () -> now.admit(FROM_TOKEN)).reason());
    }

    @Test
    void a_token_without_a_session_is_refused() {
        var sessionless = Caller.fromClaims("u1", null, "worker", "みどり 花子", List.of("/tenants/midorino/consultant"));
        var now = new UserState(true, true, Set.of("session-1"), List.of("/tenants/midorino/consultant"));
        assertEquals(Reason.SESSION_ENDED, assertThrows(AccessRevokedException.class, () -> now.admit(sessionless)).reason());
    }

    @Test
    void a_deleted_user_is_refused() {
        assertEquals(Reason.USER_GONE, assertThrows(AccessRevokedException.class, () -> UserState.GONE.admit(FROM_TOKEN)).reason());
    }

    @Test
    void the_group_paths_are_read_into_roles_once_per_answer() throws AccessRevokedException {
        var now = new UserState(true, true, Set.of("session-1"), List.of("/tenants/midorino/chief-consultant", "/other"),
                Set.of("agency-a"));
        assertEquals(Set.of(TenantRole.CHIEF_CONSULTANT), now.grants().rolesIn("midorino"));
        Caller c = now.admit(FROM_TOKEN);
        assertTrue(c.grants() == now.grants(), "every admitted request shares the roles read once");
        assertEquals(Set.of("agency-a"), c.organizations());
    }
}
