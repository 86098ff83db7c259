package jp.tomoni.application.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
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

import jp.tomoni.application.community.CommunityMail;
import jp.tomoni.application.community.MailTexts;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.application.tenant.TenantStore;
import jp.tomoni.domain.tenant.TenantDefinition;

/**
 * Mails people the new postings that match their saved searches: every {@code tomoni.jobs.alert-minutes}
 * (60), for each tenant with jobs, under that tenant's binding. Searches are marked before the mails go
 * out, so a posting is announced at most once (a mail the server refused is logged, not retried).
 */
@ApplicationScoped
public class JobAlerts {
    private static final Logger LOG = Logger.getLogger(JobAlerts.class.getName());
    static final String ACTOR = "system:job-alerts";
    static final Duration FIRST_ROUND = Duration.ofSeconds(60);

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    TenantStore tenants;
    @Inject
    SavedSearches searches;
    @Inject
    CommunityMail mail;
    @Inject
    @ConfigProperty(name = "tomoni.jobs.alert-minutes", defaultValue = "60")
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
            LOG.log(Level.WARNING, "job alert round failed: " + CommunityMail.causes(e));
        }
    }

    /** One round: how many mails were handed to the mail server. */
    public synchronized int runOnce() {
        int sent = 0;
        for (TenantDefinition t : tenants.all()) {
            if (!t.hasFeature(PostingExpiry.FEATURE)) {
                continue;
            }
            try {
                List<SavedSearches.Alert> due = TenantContext.call(new CurrentTenant(t.slug(), ACTOR, Set.of()),
                        () -> searches.claimAlerts(clock.instant()));
                String link = mail.pageLink(t.slug(), "jobs");
                for (SavedSearches.Alert a : due) {
                    MailTexts.Mail m = MailTexts.jobs(a.label(), a.titles(), link);
                    if (mail.deliver(t.slug(), a.account(), "JOBS", m.subject(), m.text())) {
                        sent++;
                    }
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "job alerts of tenant " + t.slug() + " failed: " + CommunityMail.causes(e));
            }
        }
        return sent;
    }
}
