package jp.tomoni.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import jp.tomoni.domain.shared.UnavailableException;
import jp.tomoni.domain.staff.AccountRegistration;
import jp.tomoni.domain.staff.StaffDirectory;
import jp.tomoni.domain.staff.StaffInvitation;
import jp.tomoni.domain.staff.StaffMember;
import jp.tomoni.domain.tenant.TenantGrants;
import jp.tomoni.domain.tenant.TenantRole;

/**
 * The staff directory in Keycloak: a role in a tenant is membership of the group
 * {@code /tenants/<tenant>/<role>}; a tenant's people are the members of those groups. Every
 * change makes {@link LiveAccess} ask Keycloak again on the person's next request.
 */
@ApplicationScoped
public class KeycloakStaffDirectory implements StaffDirectory {
    /** How long an invitation link stays good: three days, a weekend included. */
    static final int INVITATION_SECONDS = 72 * 3600;

    @Inject
    IdentityAdmin identity;
    @Inject
    LiveAccess live;
    @Inject
    OidcSettings oidc;

    private final Map<String, String> groupIds = new ConcurrentHashMap<>();

    private KeycloakAdmin admin() {
        return identity.admin().orElseThrow(() -> new UnavailableException("no Keycloak service account configured", null));
    }

    @Override
    public List<StaffMember> members(String tenant) {
        Map<String, JsonObject> users = new LinkedHashMap<>();
        Map<String, Set<TenantRole>> roles = new LinkedHashMap<>();
        for (TenantRole role : TenantRole.values()) {
            for (JsonObject u : admin().array("/groups/" + groupId(tenant, role)
                    + "/members?briefRepresentation=false&first=0&max=2000").getValuesAs(JsonObject.class)) {
                users.putIfAbsent(u.getString("id"), u);
                roles.computeIfAbsent(u.getString("id"), k -> EnumSet.noneOf(TenantRole.class)).add(role);
            }
        }
        List<StaffMember> out = new ArrayList<>();
        users.forEach((id, u) -> out.add(toMember(u, roles.get(id))));
        out.sort(Comparator.comparing(StaffMember::displayName).thenComparing(StaffMember::username));
        return out;
    }

    @Override
    public Optional<StaffMember> member(String tenant, String userId) {
        var user = admin().call("GET", "/users/" + KeycloakAdmin.enc(userId), null, 200, 404);
        if (user.statusCode() == 404) {
            return Optional.empty();
        }
        Set<TenantRole> roles = rolesIn(tenant, userId);
        return roles.isEmpty() ? Optional.empty()
                : Optional.of(toMember(KeycloakAdmin.read(user.body()).readObject(), roles));
    }

    @Override
    public StaffMember invite(String tenant, StaffInvitation invitation) {
        KeycloakAdmin admin = admin();
        var existing = admin.array("/users?exact=true&email=" + KeycloakAdmin.enc(invitation.email()));
        if (!existing.isEmpty()) {
            // someone already known (an NPO worker of another city, say): only the roles are added
            String id = existing.getJsonObject(0).getString("id");
            invitation.roles().forEach(role -> grant(tenant, id, role));
            return member(tenant, id).orElseThrow();
        }
        String id = createWithMail(admin, tenant, invitation.email(), invitation.familyName(), invitation.givenName(),
                invitation.roles(), invitation.grantsStaffRole(), "the invitation could not be sent");
        return member(tenant, id).orElseThrow();
    }

    @Override
    public AccountRegistration registerCommunityAccount(String tenant, String email, String familyName, String givenName,
                                                        Set<TenantRole> roles) {
        if (roles.stream().anyMatch(TenantRole::isStaff)) {
            throw new IllegalArgumentException("staff roles come by invitation only: " + roles);
        }
        KeycloakAdmin admin = admin();
        Optional<String> known = accountWithEmail(admin, email);
        if (known.isPresent()) {
            return new AccountRegistration(known.get(), false);
        }
        try {
            return new AccountRegistration(createWithMail(admin, tenant, email, familyName, givenName, roles, false,
                    "the registration mail could not be sent"), true);
        } catch (KeycloakAdmin.KeycloakRefusal e) {
            if (e.status() != 409) {
                throw e;
            }
            // the same address registered a moment ago (or is someone's user name): known, nothing sent
            return new AccountRegistration(accountWithEmail(admin, email).orElse(""), false);
        }
    }

    @Override
    public Optional<StaffMember> account(String tenant, String userId) {
        var user = admin().call("GET", "/users/" + KeycloakAdmin.enc(userId), null, 200, 404);
        if (user.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(toMember(KeycloakAdmin.read(user.body()).readObject(), rolesIn(tenant, userId)));
    }

    @Override
    public void withdrawUnverified(String userId) {
        KeycloakAdmin admin = admin();
        var user = admin.call("GET", "/users/" + KeycloakAdmin.enc(userId), null, 200, 404);
        if (user.statusCode() == 200 && !KeycloakAdmin.read(user.body()).readObject().getBoolean("emailVerified", false)) {
            admin.call("DELETE", "/users/" + KeycloakAdmin.enc(userId), null, 204, 404);
            live.forget(userId);
        }
    }

    private static Optional<String> accountWithEmail(KeycloakAdmin admin, String email) {
        var byEmail = admin.array("/users?exact=true&email=" + KeycloakAdmin.enc(email));
        if (!byEmail.isEmpty()) {
            return Optional.of(byEmail.getJsonObject(0).getString("id"));
        }
        var byUsername = admin.array("/users?exact=true&username=" + KeycloakAdmin.enc(email));
        return byUsername.isEmpty() ? Optional.empty() : Optional.of(byUsername.getJsonObject(0).getString("id"));
    }

    /**
     * Creates the account (user name = address), gives it the roles here and sends Keycloak's mail to
     * verify the address and set a password (and set up an authenticator app when {@code secondFactor}),
     * good for {@value #INVITATION_SECONDS} seconds. No account is left behind without its mail.
     */
    private String createWithMail(KeycloakAdmin admin, String tenant, String email, String familyName, String givenName,
                                  Set<TenantRole> roles, boolean secondFactor, String failure) {
        JsonArrayBuilder actions = Json.createArrayBuilder().add("VERIFY_EMAIL").add("UPDATE_PASSWORD");
        if (secondFactor) {
            actions.add("CONFIGURE_TOTP");
        }
        var required = actions.build();
        String id = admin.create("/users", Json.createObjectBuilder()
                .add("username", email)
                .add("email", email)
                .add("lastName", familyName)
                .add("firstName", givenName)
                .add("enabled", true)
                .add("emailVerified", false)
                .add("requiredActions", required)
                .build());
        try {
            roles.forEach(role -> grant(tenant, id, role));
            admin.call("PUT", "/users/" + id + "/execute-actions-email?lifespan=" + INVITATION_SECONDS
                    + "&client_id=" + KeycloakAdmin.enc(oidc.getClientId())
                    + "&redirect_uri=" + KeycloakAdmin.enc(oidc.getAfterLogoutUri()), required, 204);
        } catch (RuntimeException e) {
            // no account without its mail: the person (or the admin) can simply try again
            admin.call("DELETE", "/users/" + id, null, 204, 404);
            throw new UnavailableException(failure, e);
        }
        return id;
    }

    @Override
    public void grant(String tenant, String userId, TenantRole role) {
        admin().call("PUT", "/users/" + KeycloakAdmin.enc(userId) + "/groups/" + groupId(tenant, role), null, 204);
        live.forget(userId);
    }

    @Override
    public void revoke(String tenant, String userId, TenantRole role) {
        admin().call("DELETE", "/users/" + KeycloakAdmin.enc(userId) + "/groups/" + groupId(tenant, role), null, 204, 404);
        live.forget(userId);
    }

    @Override
    public void signOutEverywhere(String userId) {
        admin().call("POST", "/users/" + KeycloakAdmin.enc(userId) + "/logout", null, 204);
        live.forget(userId);
    }

    private Set<TenantRole> rolesIn(String tenant, String userId) {
        return TenantGrants.fromGroups(admin().groupPaths(userId).orElse(List.of())).rolesIn(tenant);
    }

    private String groupId(String tenant, TenantRole role) {
        String path = "/tenants/" + tenant + "/" + role.id();
        return groupIds.computeIfAbsent(path, p -> admin().object("/group-by-path" + p).getString("id"));
    }

    private static StaffMember toMember(JsonObject u, Set<TenantRole> roles) {
        String family = u.getString("lastName", "");
        String given = u.getString("firstName", "");
        String name = (family + " " + given).strip();
        boolean pending = !u.getBoolean("emailVerified", false)
                || u.getJsonArray("requiredActions") != null && u.getJsonArray("requiredActions").toString().contains("UPDATE_PASSWORD");
        return new StaffMember(u.getString("id"), u.getString("username"), name.isEmpty() ? u.getString("username") : name,
                u.getString("email", ""), u.getBoolean("enabled", false), pending, roles);
    }
}
