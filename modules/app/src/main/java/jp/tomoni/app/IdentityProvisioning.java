package jp.tomoni.app;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import java.util.Set;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.tenant.TenantStore;
import jp.tomoni.domain.staff.StaffDirectory;
import jp.tomoni.domain.staff.StaffInvitation;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.domain.tenant.TenantSignIn;
import jp.tomoni.security.KeycloakTenantProvisioning;
import jp.tomoni.security.AuthEventRelay;
import jp.tomoni.security.IdentityAdmin;

/**
 * Gives every tenant its Keycloak groups and organization, from the tenant rows the start-up wrote,
 * its city hall's identity provider and, for a new tenant, the invitation of its first admin.
 * Keycloak may come up after Tomoni, so this retries until it succeeds; readiness waits for it.
 */
@Singleton
@Startup
@DependsOn("Bootstrap")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IdentityProvisioning {
    private static final Logger LOG = Logger.getLogger(IdentityProvisioning.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    TenantStore tenants;
    @Inject
    IdentityAdmin identity;
    @Inject
    AuthEventRelay authEvents;
    @Inject
    Bootstrap bootstrap;
    @Inject
    StaffDirectory directory;
    @Inject
    AuditTrail audit;

    private volatile boolean done;
    private volatile String lastProblem = "not yet tried";
    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        if (identity.admin().isEmpty()) {
            LOG.info("no provisioner client configured: Keycloak groups and organizations are managed by hand");
            done = true;
            return;
        }
        task = scheduler.scheduleWithFixedDelay(this::attempt, 0, 3, TimeUnit.SECONDS);
    }

    private void attempt() {
        if (done) {
            return;
        }
        try {
            var signIns = bootstrap.signIns();
            var result = new KeycloakTenantProvisioning(identity.admin().orElseThrow())
                    .provision(tenants.all(), signIns);
            signIns.values().forEach(this::inviteFirstAdmin);
            authEvents.start(5);
            done = true;
            LOG.info("Keycloak provisioned for " + tenants.all().size() + " tenants: " + result);
            task.cancel(false);
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).equals(lastProblem)) {
                // each new reason once: Keycloak starting up is expected, a refusal needs a person
                LOG.warning("Keycloak provisioning not done yet: " + e.getMessage());
            }
            lastProblem = e.getMessage();
        }
    }

    /**
     * A tenant file's first admin is invited only while the tenant has no admin at all, so the
     * invitation goes out once, and an admin who later leaves is not silently re-invited.
     */
    private void inviteFirstAdmin(TenantSignIn signIn) {
        if (signIn.firstAdmin().isEmpty()) {
            return;
        }
        boolean hasAdmin = directory.members(signIn.slug()).stream()
                .anyMatch(m -> m.roles().contains(TenantRole.TENANT_ADMIN));
        if (hasAdmin) {
            return;
        }
        var admin = signIn.firstAdmin().get();
        var invited = directory.invite(signIn.slug(), new StaffInvitation(admin.email(), admin.familyName(),
                admin.givenName(), Set.of(TenantRole.TENANT_ADMIN)));
        audit.recordAuthEvent(signIn.slug(), "tenant-file", "auth.invite tenant-admin", invited.userId(), false);
        LOG.info("first tenant admin of " + signIn.slug() + " invited by e-mail");
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    public boolean isDone() {
        return done;
    }

    public String lastProblem() {
        return lastProblem;
    }
}
