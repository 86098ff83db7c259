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

import jp.tomoni.application.tenant.TenantStore;
import jp.tomoni.security.KeycloakTenantProvisioning;
import jp.tomoni.security.AuthEventRelay;
import jp.tomoni.security.IdentityAdmin;

/**
 * Gives every tenant its Keycloak groups and organization, from the tenant rows the start-up wrote.
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
            var result = new KeycloakTenantProvisioning(identity.admin().orElseThrow())
                    .provision(tenants.all());
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
