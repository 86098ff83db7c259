package jp.tomoni.application.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tomoni.application.community.CommunityMail;
import jp.tomoni.application.community.MailTexts;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.application.tenant.TenantRound;

/**
 * Mails people the new postings that match their saved searches: every {@code tomoni.jobs.alert-minutes}
 * (60), for each tenant with jobs, under that tenant's binding. Searches are marked before the mails go
 * out, so a posting is announced at most once (a mail the server refused is logged, not retried).
 */
@ApplicationScoped
public class JobAlerts extends TenantRound {
    static final String ACTOR = "system:job-alerts";

    @Inject
    SavedSearches searches;
    @Inject
    CommunityMail mail;
    @Inject
    @ConfigProperty(name = "tomoni.jobs.alert-minutes", defaultValue = "60")
    int periodMinutes;
    /** Seconds between rounds instead (0: minutes count); the test stack's short rounds. */
    @Inject
    @ConfigProperty(name = "tomoni.jobs.alert-seconds", defaultValue = "0")
    int periodSeconds;

    Clock clock = Clock.systemUTC();

    void started(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        start(periodMinutes, periodSeconds, Duration.ofSeconds(60));
    }

    @Override
    protected String feature() {
        return PostingExpiry.FEATURE;
    }

    /** One tenant's mails: how many were handed to the mail server. */
    @Override
    protected int round(String tenant) {
        List<SavedSearches.Alert> due = TenantContext.call(new CurrentTenant(tenant, ACTOR, Set.of()),
                () -> searches.claimAlerts(clock.instant()));
        String link = mail.pageLink(tenant, "jobs");
        int sent = 0;
        for (SavedSearches.Alert a : due) {
            MailTexts.Mail m = MailTexts.jobs(a.label(), a.titles(), link);
            if (mail.deliver(tenant, a.account(), "JOBS", m.subject(), m.text())) {
                sent++;
            }
        }
        return sent;
    }
}
