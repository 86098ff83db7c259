package jp.tomoni.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;

/** Security settings kept as code in the realm file, checked against the running Keycloak. */
class KeycloakSecurityIT {

    static Http.Reply passwordGrant(String user, String password) {
        String form = "grant_type=password&client_id=tomoni-cli&username=" + Http.enc(user) + "&password=" + Http.enc(password);
        return Http.send(HttpRequest.newBuilder(URI.create(TestStack.get().issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    static Http.Reply adminSend(String method, String path, String json) {
        String base = TestStack.get().issuer().replace("/realms/tomoni", "");
        var b = HttpRequest.newBuilder(URI.create(base + "/admin/realms/tomoni" + path))
                .header("Authorization", "Bearer " + IdentityProvisioningIT.adminToken())
                .header("Content-Type", "application/json");
        b = json == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.method(method, HttpRequest.BodyPublishers.ofString(json));
        return Http.send(b);
    }

    @Test
    void repeated_wrong_passwords_lock_the_account_for_a_while() {
        String user = "bruteforce.target";
        var created = adminSend("POST", "/users", """
                {"username":"%s","enabled":true,"emailVerified":true,"firstName":"試験","lastName":"利用者",
                 "email":"%s@tomoni.test","credentials":[{"type":"password","value":"right-password","temporary":false}]}
                """.formatted(user, user));
        assertEquals(201, created.status(), created.body());
        String id = adminSend("GET", "/users?exact=true&username=" + user, null).array().getJsonObject(0).getString("id");
        try {
            assertEquals(200, passwordGrant(user, "right-password").status());
            for (int i = 0; i < 50; i++) {
                assertNotEquals(200, passwordGrant(user, "wrong-" + i).status());
            }
            var status = adminSend("GET", "/attack-detection/brute-force/users/" + id, null).json();
            assertTrue(status.getBoolean("disabled"), status.toString());
            assertNotEquals(200, passwordGrant(user, "right-password").status(), "a locked account must refuse even the right password");
        } finally {
            adminSend("DELETE", "/users/" + id, null);
        }
    }

    @Test
    void staff_sessions_end_after_thirty_idle_minutes_and_twelve_hours_at_most() {
        var realm = adminSend("GET", "", null).json();
        assertEquals(1800, realm.getInt("ssoSessionIdleTimeout"));
        assertEquals(43200, realm.getInt("ssoSessionMaxLifespan"));
        assertTrue(realm.getBoolean("bruteForceProtected"));
    }
}
