package jp.tomoni.application.study;

import java.time.Clock;
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
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tomoni.application.community.CommunityMail;
import jp.tomoni.application.community.MailTexts;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.tenant.TenantDefinition;
import jp.tomoni.application.tenant.TenantRound;
import jp.tomoni.application.tenant.TenantStore;
import jp.tomoni.domain.study.StudyRepository;
import jp.tomoni.domain.study.StudyRepository.DueReminder;

/**
 * Reminds guardians of their children's booked study sessions, each group with its own lead time (e.g.
 * 24 hours): every {@code tomoni.community.reminder-minutes} (15), per tenant with study support, under
 * that tenant's binding. A booking is marked reminded before any mail goes out, so it is reminded once.
 */
@ApplicationScoped
public class StudyReminders {
    private static final Logger LOG = Logger.getLogger(StudyReminders.class.getName());
    static final String ACTOR = "system:study-reminders";
    static final String FEATURE = "study-support";
    static final int BATCH = 200;
    static final int MAX_BATCHES = 25;

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    TenantStore tenants;
    @Inject
    StudyRepository study;
    @Inject
    CommunityMail mail;
    @Inject
    StudyMail studyMail;
    @Inject
    StudyReminders self;
    @Inject
    @ConfigProperty(name = "tomoni.community.reminder-minutes", defaultValue = "15")
    int periodMinutes;
    /** Seconds between rounds instead (0: minutes count); the test stack's short rounds. */
    @Inject
    @ConfigProperty(name = "tomoni.community.reminder-seconds", defaultValue = "0")
    int periodSeconds;

    Clock clock = Clock.systemUTC();
    private ScheduledFuture<?> task;

    void started(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        start();
    }

    public synchronized void start() {
        long period = TenantRound.period(periodMinutes, periodSeconds);
        if (task != null || period <= 0) {
            return;
        }
        task = scheduler.scheduleWithFixedDelay(this::runQuietly, 75, period, TimeUnit.SECONDS);
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
            runOnce(clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "study reminder round failed: " + e.getClass().getName());
        }
    }

    /** One round at {@code now}: how many reminder mails were handed to the mail server. */
    public synchronized int runOnce(Instant now) {
        int sent = 0;
        for (TenantDefinition t : tenants.all()) {
            if (!t.hasFeature(FEATURE)) {
                continue;
            }
            try {
                sent += remind(t.slug(), now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "study reminders of tenant " + t.slug() + " failed: " + e.getClass().getName());
            }
        }
        return sent;
    }

    private int remind(String tenant, Instant now) {
        CurrentTenant system = new CurrentTenant(tenant, ACTOR, Set.of());
        String link = studyMail.link(tenant);
        int sent = 0;
        int rounds = 0;
        List<DueReminder> due;
        do {
            due = TenantContext.call(system, () -> self.claim(now));
            for (DueReminder d : due) {
                if (d.wanted()) {
                    MailTexts.Mail m = MailTexts.study("reminder", d.startsAt(), link);
                    if (mail.deliver(tenant, d.account(), "STUDY_REMINDER", m.subject(), m.text())) {
                        sent++;
                    }
                }
            }
        } while (due.size() >= BATCH && ++rounds < MAX_BATCHES);
        return sent;
    }

    /** Marks a batch reminded, committed before any mail goes out. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<DueReminder> claim(Instant now) {
        return study.claimReminders(now, BATCH);
    }

}
