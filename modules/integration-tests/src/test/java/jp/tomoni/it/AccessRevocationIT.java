package jp.tomoni.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;

/**
 * Taking access away works on the person's next request, not when their token expires: the
 * API's tokens stay valid for minutes, so these all use a token issued before the change.
 */
class AccessRevocationIT {
    private static final String RESOURCES = "/api/t/midorino/resources";
    private static final Duration LIMIT = Duration.ofSeconds(60);

    /** Polls with the same token until the answer is {@code refused}; returns how long that took. */
    private static Duration untilRefused(String token, IntPredicate refused) throws InterruptedException {
        Instant start = Instant.now();
        ResourceApiIT.await("refused with a token issued before the change", LIMIT,
                () -> refused.test(Http.getWith(token, RESOURCES).status()));
        return Duration.between(start, Instant.now());
    }

    private static int denials(String actor) {
        return Db.countAsOwner("midorino", "select count(*) from audit_log where actor = ? and outcome = 'denied'", actor);
    }

    @Test
    void a_removed_role_is_refused_within_sixty_seconds() throws Exception {
        String id = Keycloak.createUser("revoke.role", "pw-revoke-1", "/tenants/midorino/consultant");
        try {
            String token = Http.freshToken("revoke.role", "pw-revoke-1");
            assertEquals(200, Http.getWith(token, RESOURCES).status());
            int deniedBefore = denials("revoke.role");
            Keycloak.admin("DELETE", "/users/" + id + "/groups/" + Keycloak.groupId("/tenants/midorino/consultant"), null);
            Duration took = untilRefused(token, status -> status == 403);
            System.out.println("[measure] removed role refused after " + took.toMillis() + " ms");
            assertTrue(denials("revoke.role") > deniedBefore,
                    "the refused request is in the tenant's audit trail");
        } finally {
            Keycloak.deleteUser(id);
        }
    }

    @Test
    void a_disabled_user_is_refused_within_sixty_seconds() throws Exception {
        String id = Keycloak.createUser("revoke.disabled", "pw-revoke-2", "/tenants/midorino/consultant");
        try {
            String token = Http.freshToken("revoke.disabled", "pw-revoke-2");
            assertEquals(200, Http.getWith(token, RESOURCES).status());
            var user = Keycloak.admin("/users/" + id).json();
            Keycloak.admin("PUT", "/users/" + id, jakarta.json.Json.createObjectBuilder(user).add("enabled", false).build().toString());
            Duration took = untilRefused(token, status -> status == 401);
            System.out.println("[measure] disabled user refused after " + took.toMillis() + " ms");
        } finally {
            Keycloak.deleteUser(id);
        }
    }

    @Test
    void signing_out_everywhere_ends_every_token_of_the_person() throws Exception {
        String id = Keycloak.createUser("revoke.everywhere", "pw-revoke-3", "/tenants/midorino/consultant");
        try {
            String first = Http.freshToken("revoke.everywhere", "pw-revoke-3");
            String second = Http.freshToken("revoke.everywhere", "pw-revoke-3");
            assertEquals(200, Http.getWith(first, RESOURCES).status());
            assertEquals(200, Http.getWith(second, RESOURCES).status());
            assertEquals(204, Keycloak.admin("POST", "/users/" + id + "/logout", null).status());
            untilRefused(first, status -> status == 401);
            untilRefused(second, status -> status == 401);
        } finally {
            Keycloak.deleteUser(id);
        }
    }
}
