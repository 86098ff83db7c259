package jp.tomoni.application.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.application.tenant.TenantRound;

/**
 * Closes postings past their closing date: every {@code tomoni.jobs.expiry-minutes} (60), for each
 * tenant with jobs, under that tenant's binding. Readers never see a posting past its date whatever
 * the round (the lists ask for the date); the round makes the status say so and takes it out of the
 * search index (the status change leaves an outbox row).
 */
@ApplicationScoped
public class PostingExpiry extends TenantRound {
    static final String ACTOR = "system:job-expiry";
    static final String FEATURE = "jobs";

    @Inject
    PostingService postings;
    @Inject
    @ConfigProperty(name = "tomoni.jobs.expiry-minutes", defaultValue = "60")
    int periodMinutes;
    /** Seconds between rounds instead (0: minutes count); the test stack's short rounds. */
    @Inject
    @ConfigProperty(name = "tomoni.jobs.expiry-seconds", defaultValue = "0")
    int periodSeconds;

    Clock clock = Clock.systemUTC();

    void started(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        start(periodMinutes, periodSeconds, Duration.ofSeconds(90));
    }

    @Override
    protected String feature() {
        return FEATURE;
    }

    @Override
    protected int round(String tenant) {
        return TenantContext.call(new CurrentTenant(tenant, ACTOR, Set.of()), () -> postings.expire(CaseDates.today(clock)));
    }
}
