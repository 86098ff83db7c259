package jp.tomoni.rest.registration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * At most {@code limit} attempts per client within any {@code window} (a sliding window, so no
 * burst at the turn of the hour). Memory is bounded: a client keeps at most {@code limit}
 * timestamps, and at most {@code maxClients} clients are tracked; when that many are active at
 * once, new clients wait too (the mail server is what this protects). Thread-safe.
 */
public final class SlidingWindowLimiter {
    private final int limit;
    private final Duration window;
    private final int maxClients;
    private final Map<String, Deque<Instant>> hits = new HashMap<>();
    private int sincePurge;

    public SlidingWindowLimiter(int limit, Duration window, int maxClients) {
        if (limit < 1 || window.isNegative() || window.isZero() || maxClients < 1) {
            throw new IllegalArgumentException("limit, window and maxClients must be positive");
        }
        this.limit = limit;
        this.window = window;
        this.maxClients = maxClients;
    }

    /**
     * Counts an attempt of the client if it is within the limit; otherwise counts nothing and
     * answers how long until the next attempt would be allowed (at least one second).
     */
    public synchronized Optional<Duration> acquire(String client, Instant now) {
        if (++sincePurge >= 1000) {
            purge(now);
        }
        Deque<Instant> mine = hits.get(client);
        if (mine == null) {
            if (hits.size() >= maxClients) {
                purge(now);
                if (hits.size() >= maxClients) {
                    return Optional.of(window);
                }
            }
            mine = new ArrayDeque<>(Math.min(limit, 16));
            hits.put(client, mine);
        }
        Instant since = now.minus(window);
        while (!mine.isEmpty() && !mine.peekFirst().isAfter(since)) {
            mine.removeFirst();
        }
        if (mine.size() >= limit) {
            Duration wait = Duration.between(now, mine.peekFirst().plus(window));
            return Optional.of(wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait);
        }
        mine.addLast(now);
        return Optional.empty();
    }

    public int limit() {
        return limit;
    }

    /** Forgets clients whose attempts are all older than the window. */
    private void purge(Instant now) {
        sincePurge = 0;
        Instant since = now.minus(window);
        for (Iterator<Deque<Instant>> it = hits.values().iterator(); it.hasNext(); ) {
            Deque<Instant> d = it.next();
            if (d.isEmpty() || !d.peekLast().isAfter(since)) {
                it.remove();
            }
        }
    }
}
