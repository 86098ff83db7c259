package jp.tomoni.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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
        return new Run().provision(tenants);
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

        Result provision(List<TenantDefinition> tenants) {
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
            }
            return new Result(groupsCreated, groupsUpdated, organizationsCreated, organizationsUpdated);
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
