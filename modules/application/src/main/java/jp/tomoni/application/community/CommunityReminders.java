package jp.tomoni.application.community;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.application.tenant.TenantRound;
import jp.tomoni.application.tenant.TenantStore;
import jp.tomoni.domain.community.ReminderRepository.Due;
import jp.tomoni.domain.tenant.TenantDefinition;

/**
 * Reminds members of the sessions they booked: every {@code tomoni.community.reminder-minutes} (15), for
 * each tenant with the community, the bookings of sessions starting within the next
 * {@code tomoni.community.reminder-hours} (24) are marked reminded and — for members who chose
 * reminders — mailed, once per booking. Each tenant is visited under its own tenant binding, so
 * row-level security applies; bookings are marked before the mails go out, so a booking is never
 * reminded twice (a mail the server refused is logged, not retried).
 */
@ApplicationScoped
public class CommunityReminders {
    private static final Logger LOG = Logger.getLogger(CommunityReminders.class.getName());
    static final String ACTOR = "system:community-reminders";
    static final String FEATURE = "community";
    /** The first round after start, so start-up (provisioning, migrations) is done. */
    static final Duration FIRST_ROUND = Duration.ofSeconds(60);
    /** At most this many batches per tenant and round; the rest waits for the next round. */
    static final int MAX_BATCHES = 25;

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    TenantStore tenants;
    @Inject
    ReminderBatch batch;
    @Inject
    CommunityMail mail;
    @Inject
    @ConfigProperty(name = "tomoni.community.reminder-minutes", defaultValue = "15")
    int periodMinutes;
    /** Seconds between rounds instead (0: minutes count); the test stack's short rounds. */
    @Inject
    @ConfigProperty(name = "tomoni.community.reminder-seconds", defaultValue = "0")
    int periodSeconds;
    @Inject
    @ConfigProperty(name = "tomoni.community.reminder-hours", defaultValue = "24")
    int windowHours;

    Clock clock = Clock.systemUTC();
    private ScheduledFuture<?> task;

    void started(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        start();
    }

    /** Starts the rounds (again); a period of 0 or less turns reminders off. */
    public synchronized void start() {
        long period = TenantRound.period(periodMinutes, periodSeconds);
        if (task != null || period <= 0) {
            if (period <= 0) {
                LOG.info("community session reminders are off (tomoni.community.reminder-minutes = " + periodMinutes + ")");
            }
            return;
        }
        task = scheduler.scheduleWithFixedDelay(this::runQuietly, FIRST_ROUND.toSeconds(), period, TimeUnit.SECONDS);
    }

    /** Stops the rounds; a round under way finishes. */
    @PreDestroy
    public synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    private void runQuietly() {
        try {
            runOnce(clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "community reminder round failed: " + CommunityMail.causes(e));
        }
    }

    /**
     * One round at {@code now} over every tenant with the community: returns how many reminder mails were
     * handed to the mail server. A tenant whose round fails is logged and left for the next round.
     */
    synchronized int runOnce(Instant now) {
        Instant to = now.plus(Duration.ofHours(Math.max(1, windowHours)));
        int sent = 0;
        for (TenantDefinition t : tenants.all()) {
            if (!t.hasFeature(FEATURE)) {
                continue;
            }
            try {
                sent += remind(t.slug(), now, to);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "community reminders of tenant " + t.slug() + " failed: " + CommunityMail.causes(e));
            }
        }
        return sent;
    }

    private int remind(String tenant, Instant from, Instant to) {
        CurrentTenant system = new CurrentTenant(tenant, ACTOR, Set.of());
        int sent = 0;
        List<Due> due;
        int rounds = 0;
        do {
            // committed before any mail goes out: a booking is reminded once even if this server stops mid-way
            due = TenantContext.call(system, () -> batch.claim(from, to, from));
            String link = mail.communityLink(tenant);
            for (Due d : due) {
                if (d.notifyReminders()) {
                    MailTexts.Mail m = MailTexts.reminder(d.startsAt(), link);
                    if (mail.deliver(tenant, d.account(), "REMINDER", m.subject(), m.text())) {
                        sent++;
                    }
                }
            }
        } while (due.size() >= ReminderBatch.SIZE && ++rounds < MAX_BATCHES);
        return sent;
    }
}
