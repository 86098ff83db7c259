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
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import jp.tomoni.domain.tenant.TenantDefinition;
import jp.tomoni.domain.tenant.TenantRole;

/**
 * Gives each tenant its Keycloak groups ({@code /tenants/<slug>/<role>}) and its municipality's
 * organization through the Admin REST API, as the service account of a confidential client.
 *
 * <p>Idempotent: what exists is kept, only what is missing is created, and the tenant group's
 * attributes and the organization's name follow the tenant file. Nothing is ever deleted.
 */
public final class KeycloakTenantProvisioning {

    /** What one run changed; all zero when Keycloak already matched the tenant files. */
    public record Result(int groupsCreated, int groupsUpdated, int organizationsCreated, int organizationsUpdated) {
        public boolean changedNothing() {
            return groupsCreated + groupsUpdated + organizationsCreated + organizationsUpdated == 0;
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final String ROOT_GROUP = "tenants";
    // the attribute the realm's "tenants" claim mapper aggregates from a user's groups and their parents
    private static final String TENANT_ATTRIBUTE = "tenant";
    private static final String DISPLAY_NAME_ATTRIBUTE = "displayName";

    private final String server;
    private final String realm;
    private final String clientId;
    private final String clientSecret;

    /** @param issuer the realm's issuer, such as {@code http://localhost:8180/realms/tomoni} */
    public KeycloakTenantProvisioning(String issuer, String clientId, String clientSecret) {
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

    /** @throws IllegalStateException when Keycloak cannot be reached or refuses a call */
    public Result provision(List<TenantDefinition> tenants) {
        // HTTP/1.1: no h2c upgrade dance with Keycloak or a proxy in front of it
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build()) {
            return new Run(http, token(http)).provision(tenants);
        }
    }

    /** The organization's name: the municipal office, as in the realm's みどり野市役所. */
    static String officeName(String municipality) {
        // towns and villages have a 役場, cities and Tokyo's wards a 役所
        return municipality + (municipality.endsWith("町") || municipality.endsWith("村") ? "役場" : "役所");
    }

    private String token(HttpClient http) {
        String form = "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(clientSecret);
        HttpRequest request = HttpRequest.newBuilder(URI.create(server + "/realms/" + realm + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return read(exchange(http, request, "token for client " + clientId, 200)).readObject().getString("access_token");
    }

    /** One provisioning pass with one token (valid for minutes; a pass takes well under a second per tenant). */
    private final class Run {
        private final HttpClient http;
        private final String token;
        private final String admin = server + "/admin/realms/" + realm;
        private int groupsCreated;
        private int groupsUpdated;
        private int organizationsCreated;
        private int organizationsUpdated;

        Run(HttpClient http, String token) {
            this.http = http;
            this.token = token;
        }

        Result provision(List<TenantDefinition> tenants) {
            String root = ensureGroup(ROOT_GROUP, "/groups", ROOT_GROUP, null);
            for (TenantDefinition tenant : tenants) {
                JsonObject attributes = Json.createObjectBuilder()
                        .add(TENANT_ATTRIBUTE, Json.createArrayBuilder().add(tenant.slug()))
                        .add(DISPLAY_NAME_ATTRIBUTE, Json.createArrayBuilder().add(tenant.nameJa()))
                        .build();
                String group = ensureGroup(ROOT_GROUP + "/" + tenant.slug(), "/groups/" + root + "/children", tenant.slug(), attributes);
                Set<String> roles = childNames(group);
                for (TenantRole role : TenantRole.values()) {
                    if (!roles.contains(role.id())) {
                        create("/groups/" + group + "/children", Json.createObjectBuilder().add("name", role.id()).build());
                        groupsCreated++;
                    }
                }
                ensureOrganization(tenant);
            }
            return new Result(groupsCreated, groupsUpdated, organizationsCreated, organizationsUpdated);
        }

        /** The group at {@code path}, created under {@code parent} if missing; {@code attributes} (if any) are kept set. */
        private String ensureGroup(String path, String parent, String name, JsonObject attributes) {
            var found = call("GET", "/group-by-path/" + path, null, 200, 404);
            if (found.statusCode() == 404) {
                var group = Json.createObjectBuilder().add("name", name);
                if (attributes != null) {
                    group.add("attributes", attributes);
                }
                groupsCreated++;
                return create(parent, group.build());
            }
            JsonObject group = read(found).readObject();
            if (attributes != null) {
                JsonObject current = group.getJsonObject("attributes");
                var merged = Json.createObjectBuilder(current == null ? JsonValue.EMPTY_JSON_OBJECT : current);
                attributes.forEach(merged::add);
                JsonObject wanted = merged.build();
                if (!wanted.equals(current)) {
                    call("PUT", "/groups/" + group.getString("id"),
                            Json.createObjectBuilder(group).add("attributes", wanted).build(), 204);
                    groupsUpdated++;
                }
            }
            return group.getString("id");
        }

        private Set<String> childNames(String groupId) {
            // the default page is 10, fewer than the roles
            JsonArray children = read(call("GET", "/groups/" + groupId + "/children?briefRepresentation=true&first=0&max=1000",
                    null, 200)).readArray();
            Set<String> names = new HashSet<>();
            children.getValuesAs(JsonObject.class).forEach(child -> names.add(child.getString("name")));
            return names;
        }

        /** Found by its {@code tenant} attribute, so the demo organizations' aliases ({@code midorino-city}) still match. */
        private void ensureOrganization(TenantDefinition tenant) {
            String name = officeName(tenant.nameJa());
            JsonArray found = read(call("GET", "/organizations?briefRepresentation=false&first=0&max=2&q="
                    + enc(TENANT_ATTRIBUTE + ":" + tenant.slug()), null, 200)).readArray();
            if (found.size() > 1) {
                throw new IllegalStateException("Keycloak has more than one organization with "
                        + TENANT_ATTRIBUTE + "=" + tenant.slug() + "; leave one");
            }
            if (found.isEmpty()) {
                create("/organizations", Json.createObjectBuilder()
                        .add("name", name)
                        .add("alias", tenant.slug())
                        .add("enabled", true)
                        .add("attributes", Json.createObjectBuilder()
                                .add(TENANT_ATTRIBUTE, Json.createArrayBuilder().add(tenant.slug())))
                        .build());
                organizationsCreated++;
                return;
            }
            JsonObject organization = found.getJsonObject(0);
            if (!name.equals(organization.getString("name"))) {
                // PUT replaces the whole organization, so send back everything it has (domains, attributes)
                call("PUT", "/organizations/" + organization.getString("id"),
                        Json.createObjectBuilder(organization).add("name", name).build(), 204);
                organizationsUpdated++;
            }
        }

        /** POSTs a new resource and returns its id, the last segment of the Location Keycloak answers with. */
        private String create(String path, JsonObject body) {
            String location = call("POST", path, body, 201).headers().firstValue("Location")
                    .orElseThrow(() -> new IllegalStateException("Keycloak POST " + path + " answered without a Location"));
            return location.substring(location.lastIndexOf('/') + 1);
        }

        private HttpResponse<String> call(String method, String path, JsonObject body, int... expected) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(admin + path))
                    .timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
            }
            return exchange(http, request.build(), method + " " + path, expected);
        }
    }

    private static HttpResponse<String> exchange(HttpClient http, HttpRequest request, String what, int... expected) {
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
        String hint = response.statusCode() == 403
                ? " (the service account needs the realm-management roles manage-users and manage-organizations)" : "";
        throw new IllegalStateException("Keycloak " + what + ": HTTP " + response.statusCode() + ": "
                + errorText(response.body()) + hint);
    }

    /** Keycloak's own words: errorMessage from the Admin API, error and error_description from the token endpoint. */
    private static String errorText(String body) {
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

    private static JsonReader read(HttpResponse<String> response) {
        return read(response.body());
    }

    private static JsonReader read(String body) {
        return Json.createReader(new StringReader(body));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
