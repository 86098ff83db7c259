package jp.tomoni.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.audit.AuthEventCursor;
import jp.tomoni.domain.tenant.TenantGrants;

/**
 * Copies Keycloak's sign-in events (sign-in, failed sign-in, sign-out) into the audit trail of
 * every tenant the person holds a role in, a few seconds after they happen. Keycloak keeps its
 * events (realm setting {@code eventsExpiration}); Tomoni reads those newer than the last it copied,
 * remembered in the database, so that events of a time when Tomoni was down are copied later.
 */
@ApplicationScoped
public class AuthEventRelay {
    private static final Logger LOG = Logger.getLogger(AuthEventRelay.class.getName());
    private static final int PAGE = 100;
    /** Keycloak's event types and the audit action each becomes. */
    static final Map<String, String> ACTIONS = Map.of(
            "LOGIN", "auth.sign-in",
            "LOGIN_ERROR", "auth.sign-in-failed",
            "LOGOUT", "auth.sign-out");

    @Inject
    IdentityAdmin identity;
    @Inject
    AuditTrail audit;
    @Inject
    AuthEventCursor cursor;
    @Resource
    ManagedScheduledExecutorService scheduler;

    private long after;
    private ScheduledFuture<?> task;

    /** Starts copying every {@code seconds}, from where the last run stopped; called once Keycloak has been provisioned. */
    public synchronized void start(int seconds) {
        if (task == null && identity.admin().isPresent()) {
            after = cursor.load();
            task = scheduler.scheduleWithFixedDelay(this::relayQuietly, seconds, seconds, TimeUnit.SECONDS);
        }
    }

    private void relayQuietly() {
        try {
            relay();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Keycloak events not read this time", e);
        }
    }

    /** Copies the events newer than the last copied; returns how many audit rows were written. */
    public synchronized int relay() {
        KeycloakAdmin admin = identity.admin().orElseThrow();
        List<JsonObject> fresh = new ArrayList<>();
        StringBuilder types = new StringBuilder();
        ACTIONS.keySet().forEach(t -> types.append("&type=").append(t));
        // newest first: page back until the last copied event
        for (int first = 0; ; first += PAGE) {
            List<JsonObject> page = admin.array("/events?first=" + first + "&max=" + PAGE + types)
                    .getValuesAs(JsonObject.class);
            page.stream().filter(e -> e.getJsonNumber("time").longValue() > after).forEach(fresh::add);
            if (page.size() < PAGE || page.get(page.size() - 1).getJsonNumber("time").longValue() <= after) {
                break;
            }
        }
        int written = 0;
        for (JsonObject e : fresh.reversed()) {
            written += copy(admin, e);
            after = Math.max(after, e.getJsonNumber("time").longValue());
            cursor.save(after);
        }
        return written;
    }

    private int copy(KeycloakAdmin admin, JsonObject event) {
        String userId = event.getString("userId", null);
        if (userId == null) {
            return 0; // an unknown user name belongs to no tenant
        }
        Set<String> tenants = tenantsOf(admin, userId);
        JsonObject details = event.getJsonObject("details");
        String actor = details != null && details.containsKey("username") ? details.getString("username") : userId;
        String type = event.getString("type");
        String detail = (event.getString("clientId", "") + " " + event.getString("ipAddress", "") + " "
                + event.getString("error", "")).strip();
        for (String tenant : tenants) {
            audit.recordAuthEvent(tenant, actor, ACTIONS.get(type), detail, type.endsWith("_ERROR"));
        }
        return tenants.size();
    }

    private static Set<String> tenantsOf(KeycloakAdmin admin, String userId) {
        return admin.groupPaths(userId).map(paths -> TenantGrants.fromGroups(paths).tenants()).orElse(Set.of());
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
