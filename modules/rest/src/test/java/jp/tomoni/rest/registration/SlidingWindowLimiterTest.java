package jp.tomoni.rest.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SlidingWindowLimiterTest {
    private static final Instant T0 = Instant.parse("2025-04-01T09:00:00Z");

    @Test
    void a_client_gets_the_limit_and_then_waits_until_its_oldest_attempt_leaves_the_window() {
        SlidingWindowLimiter l = new SlidingWindowLimiter(3, Duration.ofHours(1), 100);
        assertEquals(Optional.empty(), l.acquire("a", T0));
        assertEquals(Optional.empty(), l.acquire("a", T0.plusSeconds(600)));
        assertEquals(Optional.empty(), l.acquire("a", T0.plusSeconds(1200)));
        assertEquals(Optional.of(Duration.ofSeconds(1800)), l.acquire("a", T0.plusSeconds(1800)));
        // the refused attempt was not counted: once the first leaves the window, one more is allowed
        assertEquals(Optional.empty(), l.acquire("a", T0.plusSeconds(3601)));
        assertTrue(l.acquire("a", T0.plusSeconds(3602)).isPresent());
    }

    @Test
    void one_client_s_attempts_do_not_limit_another() {
        SlidingWindowLimiter l = new SlidingWindowLimiter(1, Duration.ofHours(1), 100);
        assertEquals(Optional.empty(), l.acquire("a", T0));
        assertTrue(l.acquire("a", T0).isPresent());
        assertEquals(Optional.empty(), l.acquire("b", T0));
    }

    @Test
    void the_wait_is_never_under_a_second() {
        SlidingWindowLimiter l = new SlidingWindowLimiter(1, Duration.ofHours(1), 100);
        l.acquire("a", T0);
        assertEquals(Optional.of(Duration.ofSeconds(1)), l.acquire("a", T0.plus(Duration.ofHours(1)).minusMillis(10)));
    }

    @Test
    void when_too_many_clients_are_active_new_ones_wait_and_old_ones_are_forgotten_after_the_window() {
        SlidingWindowLimiter l = new SlidingWindowLimiter(5, Duration.ofHours(1), 2);
        assertEquals(Optional.empty(), l.acquire("a", T0));
        assertEquals(Optional.empty(), l.acquire("b", T0));
        assertTrue(l.acquire("c", T0.plusSeconds(10)).isPresent());
        assertEquals(Optional.empty(), l.acquire("c", T0.plusSeconds(3601)));
    }
}
