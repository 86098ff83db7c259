package jp.tomoni.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import jp.tomoni.domain.tenant.IdentityProviderLink;
import jp.tomoni.domain.tenant.TenantDefinition;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.domain.tenant.TenantSignIn;

/**
 * Gives each tenant its Keycloak groups ({@code /tenants/<slug>/<role>}) and its municipality's
 * organization through the Admin REST API, as the service account of a confidential client.
 *
 * <p>Idempotent: what exists is kept, only what is missing is created, and the tenant group's
 * attributes and the organization's name follow the tenant file. Nothing is ever deleted, except a
 * city hall provider's role mapper that the tenant file no longer lists.
 */
public final class KeycloakTenantProvisioning {

    /** What one run changed; all zero when Keycloak already matched the tenant files. */
    public record Result(int groupsCreated, int groupsUpdated, int organizationsCreated, int organizationsUpdated,
                         int identityProvidersChanged) {
        public boolean changedNothing() {
            return groupsCreated + groupsUpdated + organizationsCreated + organizationsUpdated + identityProvidersChanged == 0;
        }
    }

    /** Prefix of the role mappers Tomoni owns on a city hall's provider; others are left alone. */
    static final String ROLE_MAPPER_PREFIX = "tomoni role ";

    private static final String ROOT_GROUP = "tenants";
    // the attribute the realm's "tenants" claim mapper aggregates from a user's groups and their parents
    static final String TENANT_ATTRIBUTE = "tenant";
    private static final String DISPLAY_NAME_ATTRIBUTE = "displayName";
    /**
     * Set on every staff role's group: the realm's browser and direct-grant flows ask anyone in
     * such a group for a one-time code, and make them set up an authenticator app if they have none.
     */
    static final JsonObject STAFF_ATTRIBUTES = Json.createObjectBuilder()
            .add("secondFactor", Json.createArrayBuilder().add("required")).build();

    private final KeycloakAdmin admin;

    public KeycloakTenantProvisioning(KeycloakAdmin admin) {
        this.admin = Objects.requireNonNull(admin, "admin");
    }

    /** @throws IllegalStateException when Keycloak cannot be reached or refuses a call */
    public Result provision(List<TenantDefinition> tenants) {
        return provision(tenants, Map.of());
    }

    /** @param signIns each tenant's sign-in part of its file (its own identity provider, if any) */
    public Result provision(List<TenantDefinition> tenants, Map<String, TenantSignIn> signIns) {
        return new Run().provision(tenants, signIns);
    }

    /** The organization's name: the municipal office, as in the realm's みどり野市役所. */
    static String officeName(String municipality) {
        // towns and villages have a 役場, cities and Tokyo's wards a 役所
        return municipality + (municipality.endsWith("町") || municipality.endsWith("村") ? "役場" : "役所");
    }

    /** One provisioning pass, counting what it changed. */
    private final class Run {
        private int groupsCreated;
        private int groupsUpdated;
        private int organizationsCreated;
        private int organizationsUpdated;
        private int identityProvidersChanged;

        Result provision(List<TenantDefinition> tenants, Map<String, TenantSignIn> signIns) {
            String root = ensureGroup(ROOT_GROUP, "/groups", ROOT_GROUP, null);
            for (TenantDefinition tenant : tenants) {
                JsonObject attributes = Json.createObjectBuilder()
                        .add(TENANT_ATTRIBUTE, Json.createArrayBuilder().add(tenant.slug()))
                        .add(DISPLAY_NAME_ATTRIBUTE, Json.createArrayBuilder().add(tenant.nameJa()))
                        .build();
                String group = ensureGroup(ROOT_GROUP + "/" + tenant.slug(), "/groups/" + root + "/children", tenant.slug(), attributes);
                Map<String, JsonObject> roles = children(group);
                for (TenantRole role : TenantRole.values()) {
                    JsonObject wanted = role.isStaff() ? STAFF_ATTRIBUTES : JsonValue.EMPTY_JSON_OBJECT;
                    JsonObject existing = roles.get(role.id());
                    if (existing == null) {
                        admin.create("/groups/" + group + "/children",
                                Json.createObjectBuilder().add("name", role.id()).add("attributes", wanted).build());
                        groupsCreated++;
                    } else if (!hasAll(existing.getJsonObject("attributes"), wanted)) {
                        ensureGroup(ROOT_GROUP + "/" + tenant.slug() + "/" + role.id(), null, role.id(), wanted);
                    }
                }
                ensureOrganization(tenant);
                var signIn = signIns.get(tenant.slug());
                if (signIn != null && signIn.identityProvider().isPresent()) {
                    ensureIdentityProvider(tenant.slug(), signIn.identityProvider().get());
                }
            }
            return new Result(groupsCreated, groupsUpdated, organizationsCreated, organizationsUpdated, identityProvidersChanged);
        }

        /** The group at {@code path}, created under {@code parent} if missing; {@code attributes} (if any) are kept set. */
        private String ensureGroup(String path, String parent, String name, JsonObject attributes) {
            var found = admin.call("GET", "/group-by-path/" + path, null, 200, 404);
            if (found.statusCode() == 404) {
                var group = Json.createObjectBuilder().add("name", name);
                if (attributes != null) {
                    group.add("attributes", attributes);
                }
                groupsCreated++;
                return admin.create(parent, group.build());
            }
            JsonObject group = KeycloakAdmin.read(found.body()).readObject();
            if (attributes != null) {
                JsonObject current = group.getJsonObject("attributes");
                var merged = Json.createObjectBuilder(current == null ? JsonValue.EMPTY_JSON_OBJECT : current);
                attributes.forEach(merged::add);
                JsonObject wanted = merged.build();
                if (!wanted.equals(current)) {
                    admin.call("PUT", "/groups/" + group.getString("id"),
                            Json.createObjectBuilder(group).add("attributes", wanted).build(), 204);
                    groupsUpdated++;
                }
            }
            return group.getString("id");
        }

        /** The role groups by name, with their attributes. */
        private Map<String, JsonObject> children(String groupId) {
            // the default page is 10, fewer than the roles
            JsonArray children = admin.array("/groups/" + groupId + "/children?briefRepresentation=false&first=0&max=1000");
            Map<String, JsonObject> byName = new HashMap<>();
            children.getValuesAs(JsonObject.class).forEach(child -> byName.put(child.getString("name"), child));
            return byName;
        }

        private static boolean hasAll(JsonObject attributes, JsonObject wanted) {
            JsonObject current = attributes == null ? JsonValue.EMPTY_JSON_OBJECT : attributes;
            return wanted.entrySet().stream().allMatch(e -> e.getValue().equals(current.get(e.getKey())));
        }

        /**
         * The city hall's OpenID provider, its endpoints read from the issuer's discovery document,
         * and one "claim to group" mapper per role: on every brokered sign-in (sync mode FORCE) the
         * person joins the role groups their {@code roles} claim names and leaves those it no longer does.
         */
        private void ensureIdentityProvider(String slug, IdentityProviderLink link) {
            String path = "/identity-provider/instances/" + enc(link.alias());
            var found = admin.call("GET", path, null, 200, 404);
            JsonObject discovered = admin.call("POST", "/identity-provider/import-config", Json.createObjectBuilder()
                    .add("providerId", "oidc")
                    .add("fromUrl", link.issuer() + "/.well-known/openid-configuration").build(), 200)
                    .body().transform(body -> KeycloakAdmin.read(body).readObject());
            var config = Json.createObjectBuilder();
            for (String key : List.of("issuer", "authorizationUrl", "tokenUrl", "userInfoUrl", "jwksUrl", "logoutUrl")) {
                if (discovered.containsKey(key)) {
                    config.add(key, discovered.get(key));
                }
            }
            config.add("clientId", link.clientId())
                    .add("clientSecret", link.clientSecret())
                    .add("clientAuthMethod", "client_secret_post")
                    .add("defaultScope", "openid profile email")
                    .add("validateSignature", "true")
                    .add("useJwksUrl", "true")
                    .add("pkceEnabled", "true")
                    .add("pkceMethod", "S256")
                    .add("syncMode", "FORCE")
                    .add("backchannelSupported", "true");
            JsonObject wanted = Json.createObjectBuilder()
                    .add("alias", link.alias())
                    .add("displayName", link.displayName())
                    .add("providerId", "oidc")
                    .add("enabled", true)
                    .add("trustEmail", true)
                    .add("storeToken", false)
                    .add("firstBrokerLoginFlowAlias", "first broker login")
                    .add("config", config)
                    .build();
            if (found.statusCode() == 404) {
                admin.call("POST", "/identity-provider/instances", wanted, 201);
                identityProvidersChanged++;
            } else {
                JsonObject current = KeycloakAdmin.read(found.body()).readObject();
                JsonObject currentConfig = current.getJsonObject("config");
                boolean same = link.displayName().equals(current.getString("displayName", ""))
                        && currentConfig != null
                        && link.clientId().equals(currentConfig.getString("clientId", ""))
                        && discovered.getString("issuer", "").equals(currentConfig.getString("issuer", ""));
                if (!same) {
                    // the secret is never read back (Keycloak masks it), so it is sent again with any change
                    admin.call("PUT", path, Json.createObjectBuilder(wanted)
                            .add("internalId", current.getString("internalId")).build(), 204);
                    identityProvidersChanged++;
                }
            }
            ensureRoleMappers(slug, link, path);
        }

        private void ensureRoleMappers(String slug, IdentityProviderLink link, String providerPath) {
            Map<String, JsonObject> existing = new HashMap<>();
            admin.array(providerPath + "/mappers").getValuesAs(JsonObject.class).stream()
                    .filter(m -> m.getString("name", "").startsWith(ROLE_MAPPER_PREFIX))
                    .forEach(m -> existing.put(m.getString("name"), m));
            for (var entry : link.roles().entrySet()) {
                String name = ROLE_MAPPER_PREFIX + entry.getKey();
                JsonObject config = Json.createObjectBuilder()
                        .add("claims", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("key", "roles").add("value", entry.getKey())).build().toString())
                        .add("are.claim.values.regex", "false")
                        .add("group", "/" + ROOT_GROUP + "/" + slug + "/" + entry.getValue().id())
                        .add("syncMode", "FORCE")
                        .build();
                JsonObject mapper = Json.createObjectBuilder()
                        .add("name", name)
                        .add("identityProviderAlias", link.alias())
                        .add("identityProviderMapper", "oidc-advanced-group-idp-mapper")
                        .add("config", config)
                        .build();
                JsonObject current = existing.remove(name);
                if (current == null) {
                    admin.call("POST", providerPath + "/mappers", mapper, 201);
                    identityProvidersChanged++;
                } else if (!config.equals(current.getJsonObject("config"))) {
                    admin.call("PUT", providerPath + "/mappers/" + current.getString("id"),
                            Json.createObjectBuilder(mapper).add("id", current.getString("id")).build(), 204);
                    identityProvidersChanged++;
                }
            }
            // a mapping taken out of the tenant file must stop granting its role
            for (JsonObject stale : existing.values()) {
                admin.call("DELETE", providerPath + "/mappers/" + stale.getString("id"), null, 204);
                identityProvidersChanged++;
            }
        }

        /** Found by its {@code tenant} attribute, so the demo organizations' aliases ({@code midorino-city}) still match. */
        private void ensureOrganization(TenantDefinition tenant) {
            String name = officeName(tenant.nameJa());
            JsonArray found = admin.array("/organizations?briefRepresentation=false&first=0&max=2&q="
                    + enc(TENANT_ATTRIBUTE + ":" + tenant.slug()));
            if (found.size() > 1) {
                throw new IllegalStateException("Keycloak has more than one organization with "
                        + TENANT_ATTRIBUTE + "=" + tenant.slug() + "; leave one");
            }
            if (found.isEmpty()) {
                admin.create("/organizations", Json.createObjectBuilder()
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
                admin.call("PUT", "/organizations/" + organization.getString("id"),
                        Json.createObjectBuilder(organization).add("name", name).build(), 204);
                organizationsUpdated++;
            }
        }
    }

    private static String enc(String s) {
        return KeycloakAdmin.enc(s);
    }
}
