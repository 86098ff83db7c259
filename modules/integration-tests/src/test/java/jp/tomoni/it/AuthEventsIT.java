package jp.tomoni.it;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Keycloak's sign-in events reach the audit trail of every tenant the person holds a role in. */
class AuthEventsIT {

    private static int rows(String tenant, String actor, String action, String outcome) {
        return Db.countAsOwner(tenant, "select count(*) from audit_log where actor = ? and action = ? and outcome = ?",
                actor, action, outcome);
    }

    @Test
    void sign_ins_and_failed_sign_ins_are_in_each_tenants_audit_trail() throws Exception {
        String id = Keycloak.createUser("events.person", "pw-events-1", "/tenants/midorino/consultant", "/tenants/aoba/tutor");
        try {
            Http.freshToken("events.person", "pw-events-1");
            Keycloak.passwordGrant("events.person", "wrong-password", null);
            for (String tenant : new String[] {"midorino", "aoba"}) {
                ResourceApiIT.await("sign-in in " + tenant, Duration.ofSeconds(30),
                        () -> rows(tenant, "events.person", "auth.sign-in", "ok") == 1);
                ResourceApiIT.await("failed sign-in in " + tenant, Duration.ofSeconds(30),
                        () -> rows(tenant, "events.person", "auth.sign-in-failed", "denied") == 1);
            }
            org.junit.jupiter.api.Assertions.assertEquals(0, rows("kaede", "events.person", "auth.sign-in", "ok"),
                    "a tenant the person has no role in hears nothing of them");
            // the copied position is kept in the database, so a restart goes on from there
            long newest = Keycloak.admin("/events?max=1&type=LOGIN_ERROR&user=" + id).array().getJsonObject(0)
                    .getJsonNumber("time").longValue();
            org.junit.jupiter.api.Assertions.assertTrue(Db.countAsOwner("midorino",
                    "select count(*) from auth_event_cursor where after_millis >= " + newest) == 1);
        } finally {
            Keycloak.deleteUser(id);
        }
    }
}
