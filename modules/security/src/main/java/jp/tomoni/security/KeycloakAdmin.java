package jp.tomoni.security;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

/**
 * Keycloak's Admin REST API for one realm, as the service account of a confidential client.
 * The account's token is kept until shortly before it expires. Thread-safe.
 */
public final class KeycloakAdmin {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final String server;
    private final String realm;
    private final String clientId;
    private final String clientSecret;
    // HTTP/1.1: no h2c upgrade dance with Keycloak or a proxy in front of it
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    private volatile Token token;

    private record Token(String value, Instant renewAt) {
    }

    /** @param issuer the realm's issuer, such as {@code http://localhost:8180/realms/tomoni} */
    public KeycloakAdmin(String issuer, String clientId, String clientSecret) {
        Objects.requireNonNull(issuer, "issuer");
        String trimmed = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        int at = trimmed.lastIndexOf("/realms/");
        if (at < 0 || at + "/realms/".length() == trimmed.length()) {
            throw new IllegalArgumentException("not a Keycloak realm issuer (…/realms/<realm>): " + issuer);
        }
        this.server = trimmed.substring(0, at);
        this.realm = trimmed.substring(at + "/realms/".length());
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
    }

    public String realm() {
        return realm;
    }

    /**
     * Calls {@code /admin/realms/<realm><path>}; any status outside {@code expected} is an error.
     *
     * @throws IllegalStateException when Keycloak cannot be reached or answers otherwise
     */
    public HttpResponse<String> call(String method, String path, JsonStructure body, int... expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + "/admin/realms/" + realm + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token())
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        return exchange(request.build(), method + " " + path, expected);
    }

    public JsonObject object(String path) {
        return read(call("GET", path, null, 200).body()).readObject();
    }

    public JsonArray array(String path) {
        return read(call("GET", path, null, 200).body()).readArray();
    }

    /** The paths of the user's groups (such as {@code /tenants/midorino/consultant}); empty if there is no such user. */
    public java.util.Optional<java.util.List<String>> groupPaths(String userId) {
        var groups = call("GET", "/users/" + enc(userId) + "/groups?briefRepresentation=true&first=0&max=1000", null, 200, 404);
        if (groups.statusCode() == 404) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(read(groups.body()).readArray().getValuesAs(JsonObject.class).stream()
                .map(g -> g.getString("path")).toList());
    }

    /** POSTs a new resource and returns its id, the last segment of the Location Keycloak answers with. */
    public String create(String path, JsonObject body) {
        String location = call("POST", path, body, 201).headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("Keycloak POST " + path + " answered without a Location"));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private String token() {
        Token t = token;
        if (t == null || Instant.now().isAfter(t.renewAt())) {
            synchronized (this) {
                t = token;
                if (t == null || Instant.now().isAfter(t.renewAt())) {
                    t = fetchToken();
                    token = t;
                }
            }
        }
        return t.value();
    }

    private Token fetchToken() {
        String form = "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(clientSecret);
        HttpRequest request = HttpRequest.newBuilder(URI.create(server + "/realms/" + realm + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        JsonObject answer = read(exchange(request, "token for client " + clientId, 200).body()).readObject();
        long lifetime = answer.getJsonNumber("expires_in").longValue();
        // renew at two thirds of the lifetime, so no call is sent with a token about to lapse
        return new Token(answer.getString("access_token"), Instant.now().plusSeconds(lifetime * 2 / 3));
    }

    private HttpResponse<String> exchange(HttpRequest request, String what, int... expected) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak " + what + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Keycloak " + what + " interrupted", e);
        }
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response;
            }
        }
        if (response.statusCode() == 401) {
            token = null; // revoked or expired early: fetch a new one next time
        }
        String hint = response.statusCode() == 403
                ? " (the service account needs the realm-management roles manage-users and manage-organizations)" : "";
        throw new KeycloakRefusal(response.statusCode(), "Keycloak " + what + ": HTTP " + response.statusCode() + ": "
                + errorText(response.body()) + hint);
    }

    /** Keycloak answered, but not as expected; the status tells callers a conflict (409) from a failure. */
    public static final class KeycloakRefusal extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        private final int status;

        KeycloakRefusal(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** Keycloak's own words: errorMessage from the Admin API, error and error_description from the token endpoint. */
    static String errorText(String body) {
        try {
            JsonObject error = read(body).readObject();
            if (error.containsKey("errorMessage")) {
                return error.getString("errorMessage", "");
            }
            return (error.getString("error", "") + " " + error.getString("error_description", "")).strip();
        } catch (JsonException | ClassCastException notJson) {
            return body.length() > 200 ? body.substring(0, 200) + "…" : body;
        }
    }

    public static JsonReader read(String body) {
        return Json.createReader(new StringReader(body));
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
