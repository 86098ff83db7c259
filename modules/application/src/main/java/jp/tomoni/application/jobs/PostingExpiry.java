package jp.tomoni.application.jobs;

import java.time.Clock;
import java.time.Duration;
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

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.application.tenant.TenantStore;
import jp.tomoni.domain.tenant.TenantDefinition;

/**
 * Closes postings past their closing date: every {@code tomoni.jobs.expiry-minutes} (60), for each
 * tenant with jobs, under that tenant's binding. Readers never see a posting past its date whatever
 * the round (the lists ask for the date); the round makes the status say so and takes it out of the
 * search index (the status change leaves an outbox row).
 */
@ApplicationScoped
public class PostingExpiry {
    private static final Logger LOG = Logger.getLogger(PostingExpiry.class.getName());
    static final String ACTOR = "system:job-expiry";
    static final String FEATURE = "jobs";
    static final Duration FIRST_ROUND = Duration.ofSeconds(90);

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    TenantStore tenants;
    @Inject
    PostingService postings;
    @Inject
    @ConfigProperty(name = "tomoni.jobs.expiry-minutes", defaultValue = "60")
    int periodMinutes;

    Clock clock = Clock.systemUTC();
    private ScheduledFuture<?> task;

    void started(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (periodMinutes > 0) {
            task = scheduler.scheduleWithFixedDelay(this::runQuietly, FIRST_ROUND.toSeconds(),
                    TimeUnit.MINUTES.toSeconds(periodMinutes), TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    public synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    private void runQuietly() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "job posting expiry round failed", e);
        }
    }

    /** One round over every tenant with jobs: how many postings closed. */
    public synchronized int runOnce() {
        int closed = 0;
        for (TenantDefinition t : tenants.all()) {
            if (t.hasFeature(FEATURE)) {
                closed += TenantContext.call(new CurrentTenant(t.slug(), ACTOR, Set.of()),
                        () -> postings.expire(CaseDates.today(clock)));
            }
        }
        return closed;
    }
}
