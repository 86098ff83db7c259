package jp.tomoni.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import jp.tomoni.launcher.Totp;

/**
 * The bench's side of Keycloak: through the master admin's Admin REST API it creates each bench
 * tenant's group {@code /tenants/<slug>} (attribute {@code tenant}, which the realm's "tenants"
 * claim aggregates) with its {@code consultant} child (secondFactor=required, as the app's own
 * provisioning sets it), and one user who is consultant in all of them, with a password and the
 * demo one-time-code secret. Then it signs in once, as a client would, and keeps the token fresh
 * with the refresh token.
 */
final class BenchKeycloak {
    static final String USER = "bench.consultant";
    private static final String PASSWORD = "bench-password-1";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String issuer;
    private Token token;

    private record Token(String access, String refresh, Instant expires) {
    }

    BenchKeycloak(String issuer) {
        this.issuer = issuer;
        this.base = issuer.replace("/realms/tomoni", "");
    }

    /** Groups for the tenants and the one user who is consultant in all of them. */
    void arrange(List<String> tenants) {
        String admin = adminToken();
        String root = groupId(admin, "/tenants");
        if (root == null) {
            send(admin, "POST", "/groups", "{\"name\":\"tenants\"}", 201);
            root = groupId(admin, "/tenants");
        }
        JsonArrayBuilder paths = Json.createArrayBuilder();
        for (String t : tenants) {
            JsonObject group = Json.createObjectBuilder().add("name", t)
                    .add("attributes", Json.createObjectBuilder()
                            .add("tenant", Json.createArrayBuilder().add(t))
                            .add("displayName", Json.createArrayBuilder().add(t)))
                    .build();
            send(admin, "POST", "/groups/" + root + "/children", group.toString(), 201, 409);
            String id = groupId(admin, "/tenants/" + t);
            JsonObject role = Json.createObjectBuilder().add("name", "consultant")
                    .add("attributes", Json.createObjectBuilder().add("secondFactor", Json.createArrayBuilder().add("required")))
                    .build();
            send(admin, "POST", "/groups/" + id + "/children", role.toString(), 201, 409);
            paths.add("/tenants/" + t + "/consultant");
        }
        String otp = """
                {"type":"otp","userLabel":"bench authenticator","secretData":"{\\"value\\":\\"%s\\"}",
                 "credentialData":"{\\"subType\\":\\"totp\\",\\"digits\\":6,\\"counter\\":0,\\"period\\":30,\\"algorithm\\":\\"HmacSHA1\\"}"}"""
                .formatted(Totp.DEMO_SECRET);
        String user = """
                {"username":"%s","enabled":true,"emailVerified":true,"firstName":"ベンチ","lastName":"相談員",
                 "email":"%s@bench.tomoni.test","credentials":[{"type":"password","value":"%s","temporary":false},%s],
                 "groups":%s}""".formatted(USER, USER, PASSWORD, otp, paths.build());
        // left from an earlier run with the same Keycloak database: made again
        var existing = Json.createReader(new StringReader(
                call(admin, "GET", "/users?exact=true&username=" + enc(USER), null).body())).readArray();
        for (var u : existing.getValuesAs(JsonObject.class)) {
            send(admin, "DELETE", "/users/" + u.getString("id"), null, 204);
        }
        send(admin, "POST", "/users", user, 201);
    }

    /**
     * A {@code guardian} group in the tenant and {@code n} guardians in it ({@code guardian001.<tenant>} …),
     * signing in with a password only, as guardians do; made again when left from an earlier run.
     * Returns their user names.
     */
    List<String> guardians(String tenant, int n, String password) {
        String admin = adminToken();
        String root = groupId(admin, "/tenants");
        if (root == null) {
            send(admin, "POST", "/groups", "{\"name\":\"tenants\"}", 201);
            root = groupId(admin, "/tenants");
        }
        JsonObject group = Json.createObjectBuilder().add("name", tenant)
                .add("attributes", Json.createObjectBuilder()
                        .add("tenant", Json.createArrayBuilder().add(tenant))
                        .add("displayName", Json.createArrayBuilder().add(tenant)))
                .build();
        send(admin, "POST", "/groups/" + root + "/children", group.toString(), 201, 409);
        String id = groupId(admin, "/tenants/" + tenant);
        send(admin, "POST", "/groups/" + id + "/children", "{\"name\":\"guardian\"}", 201, 409);
        List<String> names = new java.util.ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String name = String.format("guardian%03d.%s", i, tenant);
            var existing = Json.createReader(new StringReader(
                    call(admin, "GET", "/users?exact=true&username=" + enc(name), null).body())).readArray();
            for (var u : existing.getValuesAs(JsonObject.class)) {
                send(admin, "DELETE", "/users/" + u.getString("id"), null, 204);
            }
            String user = """
                    {"username":"%s","enabled":true,"emailVerified":true,"firstName":"保護者","lastName":"ベンチ",
                     "email":"%s@bench.tomoni.test","credentials":[{"type":"password","value":"%s","temporary":false}],
                     "groups":["/tenants/%s/guardian"]}""".formatted(name, name, password, tenant);
            send(admin, "POST", "/users", user, 201);
            names.add(name);
        }
        return names;
    }

    /** An access token and its expiry for a user who signs in with a password only. */
    String[] passwordToken(String user, String password) {
        Token t = grant("grant_type=password&client_id=tomoni-cli&username=" + enc(user) + "&password=" + enc(password));
        return new String[] {t.access(), t.expires().toString()};
    }

    /** A valid access token: signed in once (password and one-time code), refreshed a minute before it expires. */
    synchronized String accessToken() {
        if (token == null) {
            String form = "grant_type=password&client_id=tomoni-cli&username=" + enc(USER) + "&password=" + enc(PASSWORD)
                    + "&otp=" + Totp.code(Totp.DEMO_SECRET, Totp.step(Instant.now()));
            token = grant(form);
        } else if (Instant.now().isAfter(token.expires().minusSeconds(60))) {
            token = grant("grant_type=refresh_token&client_id=tomoni-cli&refresh_token=" + enc(token.refresh()));
        }
        return token.access();
    }

    private Token grant(String form) {
        HttpResponse<String> r = post(issuer + "/protocol/openid-connect/token", form);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("token request refused: " + r.statusCode() + " " + r.body());
        }
        JsonObject j = json(r.body());
        return new Token(j.getString("access_token"), j.getString("refresh_token"),
                Instant.now().plusSeconds(j.getInt("expires_in")));
    }

    private String adminToken() {
        HttpResponse<String> r = post(base + "/realms/master/protocol/openid-connect/token",
                "grant_type=password&client_id=admin-cli&username=admin&password=admin");
        if (r.statusCode() != 200) {
            throw new IllegalStateException("no Keycloak admin token: " + r.statusCode() + " " + r.body());
        }
        return json(r.body()).getString("access_token");
    }

    private String groupId(String admin, String path) {
        HttpResponse<String> r = call(admin, "GET", "/group-by-path" + path, null);
        return r.statusCode() == 404 ? null : json(r.body()).getString("id");
    }

    private void send(String admin, String method, String path, String body, int... expected) {
        HttpResponse<String> r = call(admin, method, path, body);
        if (java.util.Arrays.stream(expected).noneMatch(e -> e == r.statusCode())) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    private HttpResponse<String> call(String admin, String method, String path, String body) {
        var b = HttpRequest.newBuilder(URI.create(base + "/admin/realms/tomoni" + path))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30));
        b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.method(method, HttpRequest.BodyPublishers.ofString(body));
        return send(b.build());
    }

    private static HttpResponse<String> post(String url, String form) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject json(String body) {
        try (var r = Json.createReader(new StringReader(body))) {
            return r.readObject();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
