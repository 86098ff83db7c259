package jp.tomoni.domain.community;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * At most {@code max} actions of one member within a sliding {@code window}, so that one account
 * cannot flood the community with posts, messages or reports.
 */
public record RateLimit(int max, Duration window) {
    public static final RateLimit POSTS = new RateLimit(5, Duration.ofMinutes(10));
    public static final RateLimit MESSAGES = new RateLimit(20, Duration.ofMinutes(10));
    public static final RateLimit REPORTS = new RateLimit(10, Duration.ofHours(1));

    public RateLimit {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1: " + max);
        }
        Objects.requireNonNull(window, "window");
        if (window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
    }

    /**
     * Empty when fewer than {@code max} of the {@code earlier} actions lie within ({@code now - window},
     * {@code now}], so the action is allowed now; otherwise the instant from which it is allowed: when
     * the oldest counted action leaves the window (with more than {@code max} counted, when enough of
     * them have left that fewer than {@code max} remain). A null instant counts nowhere.
     */
    public Optional<Instant> nextAllowed(Collection<Instant> earlier, Instant now) {
        Instant from = now.minus(window);
        List<Instant> counted = earlier.stream()
                .filter(t -> t != null && t.isAfter(from) && !t.isAfter(now))
                .sorted(Comparator.reverseOrder())
                .toList();
        if (counted.size() < max) {
            return Optional.empty();
        }
        // newest first: once the max-th newest has left the window, max - 1 remain
        return Optional.of(counted.get(max - 1).plus(window));
    }
}
