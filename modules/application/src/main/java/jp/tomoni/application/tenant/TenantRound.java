package jp.tomoni.application.tenant;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import jp.tomoni.domain.tenant.TenantDefinition;

/**
 * Work done every few minutes for each tenant with a feature, each tenant on its own: a tenant whose
 * round fails is logged (the exception's class only: a message may hold personal data) and left for
 * the next round, and the others go on. Subclasses say which feature and what one tenant's round does.
 */
public abstract class TenantRound {
    private static final Logger LOG = Logger.getLogger(TenantRound.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    protected TenantStore tenants;

    private ScheduledFuture<?> task;

    /** The tenant feature the round serves. */
    protected abstract String feature();

    /** One tenant's round: how many things it did (mails sent, postings closed). */
    protected abstract int round(String tenant);

    /**
     * Starts the rounds every {@code periodMinutes}, or every {@code periodSeconds} when that is above 0
     * (tests); the first after {@code first} or one period, whichever is shorter. No period: no rounds.
     */
    protected synchronized void start(int periodMinutes, int periodSeconds, Duration first) {
        long period = period(periodMinutes, periodSeconds);
        if (task == null && period > 0) {
            task = scheduler.scheduleWithFixedDelay(this::runQuietly, Math.min(first.toSeconds(), period), period,
                    TimeUnit.SECONDS);
        }
    }

    /** Seconds between rounds: {@code periodSeconds} when above 0 (tests), else the minutes; 0: no rounds. */
    public static long period(int periodMinutes, int periodSeconds) {
        return periodSeconds > 0 ? periodSeconds : TimeUnit.MINUTES.toSeconds(Math.max(0, periodMinutes));
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
            LOG.log(Level.WARNING, getClass().getSimpleName() + " round failed: " + e.getClass().getName());
        }
    }

    /** One round over every tenant with the feature: the sum of what each did. */
    public synchronized int runOnce() {
        int done = 0;
        for (TenantDefinition t : tenants.all()) {
            if (!t.hasFeature(feature())) {
                continue;
            }
            try {
                done += round(t.slug());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, getClass().getSimpleName() + " of tenant " + t.slug() + " failed: "
                        + e.getClass().getName());
            }
        }
        return done;
    }
}
