package jp.tomoni.rest.registration;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many registrations one client address may send per hour ({@code tomoni.registration.limit-per-hour},
 * env {@code TOMONI_REGISTRATION_LIMIT_PER_HOUR}, default 10). Kept in this server's memory: each
 * replica counts on its own, and a restart forgets.
 */
@ApplicationScoped
public class RegistrationLimit {
    @Inject
    @ConfigProperty(name = "tomoni.registration.limit-per-hour", defaultValue = "10")
    int perHour;
    @Inject
    @ConfigProperty(name = "tomoni.trusted-proxies")
    Optional<String> trustedProxies;

    Clock clock = Clock.systemUTC();
    private SlidingWindowLimiter limiter;
    private Set<String> proxies;

    @PostConstruct
    void init() {
        limiter = new SlidingWindowLimiter(Math.max(1, perHour), Duration.ofHours(1), 100_000);
        proxies = ClientAddress.parseList(trustedProxies.orElse(""));
    }

    /** Empty if the request may go ahead (and is counted); otherwise how long the client should wait. */
    public Optional<Duration> acquire(HttpServletRequest request) {
        String client = ClientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), proxies);
        return limiter.acquire(client, clock.instant());
    }
}
