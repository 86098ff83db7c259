package jp.tomoni.it;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/** A small client for the real API: tokens from Keycloak's password grant, JSON in and out. */
public final class Http {
    public static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Cached> TOKENS = new ConcurrentHashMap<>();

    private Http() {
    }

    public record Reply(int status, String contentType, String body) {
        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var r = Json.createReader(new StringReader(body))) {
                return r.read();
            }
        }
    }

    /**
     * An access token for a demo user (password 'demo'), cached and renewed well before the realm's
     * 15-minute lifespan runs out (the whole test run is longer than that).
     */
    public static String token(String user) {
        Cached c = TOKENS.compute(user, (u, old) -> old != null && old.at().isAfter(java.time.Instant.now().minus(RENEW_AFTER))
                ? old : new Cached(freshToken(u, "demo"), java.time.Instant.now()));
        return c.token();
    }

    private record Cached(String token, java.time.Instant at) {
    }

    private static final Duration RENEW_AFTER = Duration.ofMinutes(10);

    /** A new access token (and with it a new Keycloak session) for any user. */
    public static String freshToken(String user, String password) {
        Reply r = Keycloak.passwordGrant(user, password);
        if (r.status() != 200) {
            throw new IllegalStateException("no token for " + user + ": " + r.status() + " " + r.body());
        }
        return r.json().getString("access_token");
    }

    /** GET with a given bearer token. */
    public static Reply getWith(String token, String path) {
        return send(HttpRequest.newBuilder(URI.create(TestStack.url() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET());
    }

    public static Reply get(String user, String path) {
        return send(request(user, path).GET());
    }

    public static Reply post(String user, String path, String json) {
        return send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public static Reply put(String user, String path) {
        return send(request(user, path).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    public static Reply delete(String user, String path) {
        return send(request(user, path).DELETE());
    }

    public static HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(TestStack.url() + path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            b.header("Authorization", "Bearer " + token(user));
        }
        return b;
    }

    public static Reply send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> res = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(res.statusCode(), res.headers().firstValue("Content-Type").orElse(""), res.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A JSON string literal. */
    public static String q(String s) {
        return Json.createValue(s).toString();
    }
}
