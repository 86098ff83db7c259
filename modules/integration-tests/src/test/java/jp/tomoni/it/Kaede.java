package jp.tomoni.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.UUID;

/** The test town かえで町 (kaede): a staff member made for one test class, and fixtures loaded as its owner. */
final class Kaede {
    private Kaede() {
    }

    /** A Keycloak user of kaede with the given group path suffix (e.g. {@code chief-consultant}), and its token. */
    record Staff(String id, String token) {
        Http.Reply call(String method, String path, String json) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(TestStack.url() + path))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json");
            if (json != null) {
                b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            return Http.send(b);
        }

        void remove() {
            Keycloak.deleteUser(id);
        }
    }

    static Staff staff(String role) {
        TestStack.get();
        String name = role + "-kaede-" + UUID.randomUUID().toString().substring(0, 6);
        String password = "pw-" + UUID.randomUUID();
        String id = Keycloak.createUser(name, password, "/tenants/kaede/" + role);
        Http.Reply grant = Keycloak.passwordGrant(name, password);
        assertEquals(200, grant.status(), grant.body());
        return new Staff(id, grant.json().getString("access_token"));
    }

    /** Runs a classpath SQL file as the owner bound to kaede, in one transaction. */
    static void load(String resource) throws Exception {
        String sql = new String(Kaede.class.getResourceAsStream(resource).readAllBytes(), StandardCharsets.UTF_8);
        try (Connection c = Db.owner()) {
            c.setAutoCommit(false);
            Db.bind(c, "kaede");
            try (var st = c.createStatement()) {
                st.execute(sql);
            }
            c.commit();
        }
    }
}
