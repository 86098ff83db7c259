package jp.tomoni.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import jp.tomoni.application.outbox.OutboxAppended;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.application.tenant.TenantStore;
import jp.tomoni.domain.resource.DirectoryIndex;
import jp.tomoni.domain.tenant.TenantDefinition;

/**
 * Passes outbox rows to the search index, tenant by tenant, each under its own tenant binding so
 * row-level security applies to the relay too. When the search node is down, rows wait and are
 * sent once it answers again.
 *
 * <p>Each second it visits the tenants whose outbox got a row since (this server's commits,
 * {@link OutboxAppended}); every {@link #SWEEP} — and at start — it visits all tenants, for rows
 * written elsewhere or left over. (Visiting every tenant every second cost one transaction per
 * tenant per second, most of them finding nothing.)
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    static final String ACTOR = "system:outbox-relay";
    /** How often every tenant is visited, whether or not this server heard of new rows. */
    static final Duration SWEEP = Duration.ofSeconds(30);

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    TenantStore tenants;
    @Inject
    DirectoryIndex index;
    @Inject
    OutboxBatch batch;

    private ScheduledFuture<?> task;
    Clock clock = Clock.systemUTC();
    private final Set<String> signalled = ConcurrentHashMap.newKeySet();
    private volatile Instant nextSweep = Instant.MIN;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        task = scheduler.scheduleWithFixedDelay(this::drainSafely, 2, 1, TimeUnit.SECONDS);
    }

    /** A tenant's outbox got a row: visit it in the next round (after the row's transaction committed). */
    void appended(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended event) {
        signalled.add(event.tenantId());
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void drainSafely() {
        try {
            drainDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "outbox relay round failed: " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    /**
     * One scheduled round: every tenant when a sweep is due, otherwise only the signalled ones.
     * Returns how many events were passed on.
     */
    int drainDue() {
        Instant now = clock.instant();
        if (!now.isBefore(nextSweep)) {
            if (!index.isAvailable()) {
                return 0;
            }
            nextSweep = now.plus(SWEEP);
            signalled.clear();
            return relay(tenants.all().stream().map(TenantDefinition::slug).toList());
        }
        if (signalled.isEmpty() || !index.isAvailable()) {
            return 0;
        }
        List<String> due = List.copyOf(signalled);
        signalled.removeAll(due);
        return relay(due);
    }

    /** One round over every tenant; returns how many events were passed on. */
    public int drain() {
        if (!index.isAvailable()) {
            return 0;
        }
        return relay(tenants.all().stream().map(TenantDefinition::slug).toList());
    }

    private int relay(List<String> slugs) {
        int sent = 0;
        for (String slug : slugs) {
            CurrentTenant relay = new CurrentTenant(slug, ACTOR, Set.of());
            int n = TenantContext.call(relay, batch::process);
            if (n >= OutboxBatch.SIZE) {
                signalled.add(slug); // a full batch: more may be waiting
            }
            sent += n;
        }
        return sent;
    }
}
