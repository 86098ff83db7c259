package jp.tomoni.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;

/** The test run's Keycloak: its master admin for arranging users, and the password grant of tomoni-cli. */
public final class Keycloak {
    private Keycloak() {
    }

    static String base() {
        return TestStack.get().issuer().replace("/realms/tomoni", "");
    }

    static String adminToken() {
        var r = Http.send(HttpRequest.newBuilder(URI.create(base() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin")));
        assertEquals(200, r.status(), r.body());
        return r.json().getString("access_token");
    }

    /** A call to the tomoni realm's Admin API. */
    static Http.Reply admin(String method, String path, String json) {
        var b = HttpRequest.newBuilder(URI.create(base() + "/admin/realms/tomoni" + path))
                .header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json");
        b = json == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.method(method, HttpRequest.BodyPublishers.ofString(json));
        return Http.send(b);
    }

    static Http.Reply admin(String path) {
        return admin("GET", path, null);
    }

    /** A new user with a password, the demo one-time-code secret and these group paths; returns their id. */
    static String createUser(String username, String password, String... groups) {
        return createUser(username, password, true, groups);
    }

    /** A new user who has not set up an authenticator app yet. */
    static String createUserWithoutSecondFactor(String username, String password, String... groups) {
        return createUser(username, password, false, groups);
    }

    private static String createUser(String username, String password, boolean secondFactor, String... groups) {
        var created = admin("POST", "/users", """
                {"username":"%s","enabled":true,"emailVerified":true,"firstName":"試験","lastName":"利用者",
                 "email":"%s@tomoni.test","credentials":[{"type":"password","value":"%s","temporary":false}%s],
                 "groups":[%s]}
                """.formatted(username, username, password, secondFactor ? "," + Otp.credentialJson() : "",
                String.join(",", java.util.Arrays.stream(groups).map(Http::q).toList())));
        assertEquals(201, created.status(), created.body());
        return userId(username);
    }

    static String userId(String username) {
        return admin("/users?exact=true&username=" + Http.enc(username)).array().getJsonObject(0).getString("id");
    }

    static String groupId(String path) {
        return admin("/group-by-path" + path).json().getString("id");
    }

    static void deleteUser(String id) {
        admin("DELETE", "/users/" + id, null);
    }

    /** The token endpoint's answer to a password grant of tomoni-cli, with a fresh one-time code. */
    static Http.Reply passwordGrant(String user, String password) {
        return passwordGrant(user, password, Otp.next(user));
    }

    static Http.Reply passwordGrant(String user, String password, String otp) {
        String form = "grant_type=password&client_id=tomoni-cli&username=" + Http.enc(user) + "&password=" + Http.enc(password)
                + (otp == null ? "" : "&otp=" + otp);
        return Http.send(HttpRequest.newBuilder(URI.create(TestStack.get().issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }
}
