package jp.tomoni.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Security settings kept as code in the realm file, checked against the running Keycloak. */
class KeycloakSecurityIT {

    @Test
    void repeated_wrong_passwords_lock_the_account_for_a_while() {
        String user = "bruteforce.target";
        String id = Keycloak.createUser(user, "right-password");
        try {
            assertEquals(200, Keycloak.passwordGrant(user, "right-password").status());
            for (int i = 0; i < 50; i++) {
                assertNotEquals(200, Keycloak.passwordGrant(user, "wrong-" + i).status());
            }
            var status = Keycloak.admin("GET", "/attack-detection/brute-force/users/" + id, null).json();
            assertTrue(status.getBoolean("disabled"), status.toString());
            assertNotEquals(200, Keycloak.passwordGrant(user, "right-password").status(), "a locked account must refuse even the right password");
        } finally {
            Keycloak.deleteUser(id);
        }
    }

    @Test
    void staff_sessions_end_after_thirty_idle_minutes_and_twelve_hours_at_most() {
        var realm = Keycloak.admin("GET", "", null).json();
        assertEquals(1800, realm.getInt("ssoSessionIdleTimeout"));
        assertEquals(43200, realm.getInt("ssoSessionMaxLifespan"));
        assertTrue(realm.getBoolean("bruteForceProtected"));
    }
}
