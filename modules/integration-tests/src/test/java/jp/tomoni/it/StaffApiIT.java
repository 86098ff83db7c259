package jp.tomoni.it;

import static jp.tomoni.it.Http.get;
import static jp.tomoni.it.Http.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import jp.tomoni.launcher.MailServer;

/** A tenant admin manages who holds which role in their own tenant, through the API, against real Keycloak and SMTP. */
class StaffApiIT {
    private static final String STAFF = "/api/t/midorino/staff";

    private static Set<String> fieldsOf(Http.Reply r) {
        return r.json().getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).collect(Collectors.toSet());
    }

    private static JsonObject member(String username) {
        return get("admin.midorino", STAFF).array().stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("username").equals(username)).findFirst().orElse(null);
    }

    private static int audits(String action, String userId) {
        return Db.countAsOwner("midorino", "select count(*) from audit_log where actor = 'admin.midorino' and action = ? and entity_id = ?",
                action, userId);
    }

    @Test
    void the_admin_sees_the_people_of_their_own_tenant_only() {
        var r = get("admin.midorino", STAFF);
        assertEquals(200, r.status(), r.body());
        List<String> names = r.array().stream().map(v -> v.asJsonObject().getString("username")).toList();
        assertTrue(names.contains("worker.midorino"), names.toString());
        assertTrue(names.contains("npo.both"), names.toString());
        assertTrue(!names.contains("worker.aoba") && !names.contains("admin.aoba"), "あおば市 only people leak: " + names);
        JsonObject npo = member("npo.both");
        assertEquals(List.of("consultant"), npo.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList(), "only the roles held here");
    }

    @Test
    void staff_lists_are_for_tenant_admins_of_that_tenant() {
        assertEquals(403, get("worker.midorino", STAFF).status());
        int before = Db.countAsOwner("midorino", "select count(*) from audit_log where actor = 'admin.aoba' and outcome = 'denied'");
        assertEquals(403, get("admin.aoba", STAFF).status());
        assertEquals(before + 1, Db.countAsOwner("midorino", "select count(*) from audit_log where actor = 'admin.aoba' and outcome = 'denied'"));
        assertEquals(403, get("operator", STAFF).status());
    }

    @Test
    void an_invitation_with_bad_fields_names_each_of_them_and_creates_nobody() {
        var r = post("admin.midorino", STAFF, "{\"email\":\"not-an-address\",\"familyName\":\"\",\"roles\":[]}");
        assertEquals(400, r.status(), r.body());
        assertEquals(Set.of("email", "familyName", "givenName", "roles"), fieldsOf(r));
        var unknownRole = post("admin.midorino", STAFF,
                "{\"email\":\"x@tomoni.test\",\"familyName\":\"山田\",\"givenName\":\"太郎\",\"roles\":[\"wizard\"]}");
        assertEquals(400, unknownRole.status());
        assertEquals(Set.of("roles"), fieldsOf(unknownRole));
        assertTrue(Keycloak.admin("/users?exact=true&email=x%40tomoni.test").array().isEmpty());
    }

    @Test
    void an_invited_consultant_gets_a_mail_whose_link_opens_keycloak_and_is_listed_as_pending() throws Exception {
        MailServer mail = TestStack.get().mailServer();
        int before = mail.received().size();
        var r = post("admin.midorino", STAFF, """
                {"email":"Sato.Invited@tomoni.test","familyName":"佐藤","givenName":"美咲","roles":["consultant"]}
                """);
        assertEquals(201, r.status(), r.body());
        JsonObject invited = r.json();
        assertEquals("sato.invited@tomoni.test", invited.getString("email"));
        assertTrue(invited.getBoolean("pending"));
        String id = invited.getString("userId");
        try {
            ResourceApiIT.await("the invitation mail", Duration.ofSeconds(20), () -> mail.received().size() > before);
            MimeMessage m = mail.received().get(mail.received().size() - 1);
            assertEquals("sato.invited@tomoni.test", m.getAllRecipients()[0].toString());
            String link = MailServer.firstLink(m);
            assertNotNull(link, "the mail holds a link");
            var page = Http.send(HttpRequest.newBuilder(URI.create(link)).GET());
            assertEquals(200, page.status(), "the invitation link opens a Keycloak page");
            assertEquals(1, audits("invite consultant", id));
            assertTrue(member("sato.invited@tomoni.test").getBoolean("pending"));
            var required = Keycloak.admin("/users/" + id).json().getJsonArray("requiredActions").toString();
            assertTrue(required.contains("CONFIGURE_TOTP") && required.contains("UPDATE_PASSWORD"),
                    "a staff invitee sets a password and an authenticator app before first use: " + required);
        } finally {
            Keycloak.deleteUser(id);
        }
    }

    @Test
    void inviting_someone_who_already_has_an_account_adds_the_role_and_sends_no_new_account() {
        String id = Keycloak.createUser("staff.existing", "pw-existing-1", "/tenants/aoba/consultant");
        try {
            var r = post("admin.midorino", STAFF, """
                    {"email":"staff.existing@tomoni.test","familyName":"既存","givenName":"職員","roles":["employment-supporter"]}
                    """);
            assertEquals(201, r.status(), r.body());
            assertEquals(id, r.json().getString("userId"));
            var paths = Keycloak.admin("/users/" + id + "/groups").array().stream()
                    .map(v -> v.asJsonObject().getString("path")).collect(Collectors.toSet());
            assertEquals(Set.of("/tenants/aoba/consultant", "/tenants/midorino/employment-supporter"), paths);
        } finally {
            Keycloak.deleteUser(id);
        }
    }

    @Test
    void when_the_mail_cannot_be_sent_the_invitation_fails_and_leaves_no_account() throws Exception {
        MailServer mail = TestStack.get().mailServer();
        mail.close();
        try {
            var r = post("admin.midorino", STAFF, """
                    {"email":"unsent@tomoni.test","familyName":"未送","givenName":"信","roles":["consultant"]}
                    """);
            assertEquals(503, r.status(), r.body());
            assertTrue(Keycloak.admin("/users?exact=true&email=unsent%40tomoni.test").array().isEmpty(), "no half-made account");
        } finally {
            mail.start();
        }
    }

    @Test
    void granting_and_removing_a_role_takes_effect_on_the_next_request_and_is_audited() {
        String id = Keycloak.createUser("staff.changing", "pw-changing-1", "/tenants/midorino/consultant");
        try {
            String token = Http.freshToken("staff.changing", "pw-changing-1");
            assertEquals(200, Http.getWith(token, "/api/t/midorino/resources").status());
            var granted = Http.put("admin.midorino", STAFF + "/" + id + "/roles/employment-supporter");
            assertEquals(200, granted.status(), granted.body());
            assertEquals(1, audits("role.grant employment-supporter", id));

            var removed = Http.delete("admin.midorino", STAFF + "/" + id + "/roles/consultant");
            assertEquals(200, removed.status());
            removed = Http.delete("admin.midorino", STAFF + "/" + id + "/roles/employment-supporter");
            assertEquals(200, removed.status());
            assertEquals(1, audits("role.revoke consultant", id));
            // Tomoni forgets what it knew of the person: the very next request is refused
            assertEquals(403, Http.getWith(token, "/api/t/midorino/resources").status());
        } finally {
            Keycloak.deleteUser(id);
        }
    }

    @Test
    void an_admin_cannot_remove_their_own_admin_role_nor_touch_people_of_another_tenant() {
        String self = Keycloak.userId("admin.midorino");
        var r = Http.delete("admin.midorino", STAFF + "/" + self + "/roles/tenant-admin");
        assertEquals(400, r.status(), r.body());
        assertEquals(Set.of("role"), fieldsOf(r));
        String aobaOnly = Keycloak.userId("worker.aoba");
        assertEquals(404, Http.put("admin.midorino", STAFF + "/" + aobaOnly + "/roles/consultant").status(),
                "a person with no role here is not the admin's to change");
        assertEquals(404, post("admin.midorino", STAFF + "/" + aobaOnly + "/sign-out", "").status());
    }

    @Test
    void signing_a_person_out_everywhere_ends_their_tokens_at_once() {
        String id = Keycloak.createUser("staff.signout", "pw-signout-1", "/tenants/midorino/consultant");
        try {
            String token = Http.freshToken("staff.signout", "pw-signout-1");
            assertEquals(200, Http.getWith(token, "/api/t/midorino/resources").status());
            assertEquals(204, post("admin.midorino", STAFF + "/" + id + "/sign-out", "").status());
            assertEquals(401, Http.getWith(token, "/api/t/midorino/resources").status());
            assertEquals(1, audits("sign-out-everywhere", id));
        } finally {
            Keycloak.deleteUser(id);
        }
    }
}
