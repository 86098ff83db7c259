package jp.tomoni.search;

import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.application.tenant.TenantStore;
import jp.tomoni.domain.resource.ResourceIndex;
import jp.tomoni.domain.tenant.TenantDefinition;

/**
 * Passes outbox rows to the search index, tenant by tenant, each under its own tenant binding so
 * row-level security applies to the relay too. When the search node is down, rows wait and are
 * sent once it answers again.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    static final String ACTOR = "system:outbox-relay";

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    TenantStore tenants;
    @Inject
    ResourceIndex index;
    @Inject
    OutboxBatch batch;

    private ScheduledFuture<?> task;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        task = scheduler.scheduleWithFixedDelay(this::drainSafely, 2, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void drainSafely() {
        try {
            drain();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "outbox relay round failed: " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    /** One round over every tenant; returns how many events were passed on. */
    public int drain() {
        if (!index.isAvailable()) {
            return 0;
        }
        int sent = 0;
        for (TenantDefinition t : tenants.all()) {
            CurrentTenant relay = new CurrentTenant(t.slug(), ACTOR, Set.of());
            sent += TenantContext.call(relay, batch::process);
        }
        return sent;
    }
}
