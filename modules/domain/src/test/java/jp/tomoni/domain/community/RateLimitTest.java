package jp.tomoni.domain.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RateLimitTest {
    static final Instant NOW = Instant.parse("2026-05-20T10:00:00Z");
    static final RateLimit THREE_IN_TEN_MINUTES = new RateLimit(3, Duration.ofMinutes(10));

    static Instant minutesAgo(long m) {
        return NOW.minus(Duration.ofMinutes(m));
    }

    @Test
    void fewer_than_max_actions_within_the_window_allow_the_next_one() {
        assertEquals(Optional.empty(), THREE_IN_TEN_MINUTES.nextAllowed(List.of(), NOW));
        assertEquals(Optional.empty(), THREE_IN_TEN_MINUTES.nextAllowed(List.of(minutesAgo(1), minutesAgo(2)), NOW));
    }

    @Test
    void max_actions_within_the_window_refuse_the_next_one_until_the_oldest_leaves_it() {
        var earlier = List.of(minutesAgo(1), minutesAgo(9), minutesAgo(5));
        assertEquals(Optional.of(minutesAgo(9).plus(Duration.ofMinutes(10))), THREE_IN_TEN_MINUTES.nextAllowed(earlier, NOW));
    }

    @Test
    void the_window_excludes_its_start_and_includes_now() {
        // exactly one window ago has left it
        assertEquals(Optional.empty(),
                THREE_IN_TEN_MINUTES.nextAllowed(List.of(minutesAgo(10), minutesAgo(1), minutesAgo(2)), NOW));
        // a moment later it still counts
        Instant justInside = minutesAgo(10).plusNanos(1);
        assertEquals(Optional.of(NOW.plusNanos(1)),
                THREE_IN_TEN_MINUTES.nextAllowed(List.of(justInside, minutesAgo(1), minutesAgo(2)), NOW));
        // an action at this very instant counts
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(8))),
                THREE_IN_TEN_MINUTES.nextAllowed(List.of(NOW, minutesAgo(1), minutesAgo(2)), NOW));
    }

    @Test
    void at_the_instant_returned_the_action_is_allowed() {
        var earlier = List.of(minutesAgo(1), minutesAgo(9), minutesAgo(5));
        Instant next = THREE_IN_TEN_MINUTES.nextAllowed(earlier, NOW).orElseThrow();
        assertEquals(Optional.empty(), THREE_IN_TEN_MINUTES.nextAllowed(earlier, next));
        assertEquals(Optional.of(next), THREE_IN_TEN_MINUTES.nextAllowed(earlier, next.minusNanos(1)));
    }

    @Test
    void actions_after_now_and_null_instants_do_not_count() {
        List<Instant> earlier = new ArrayList<>(Arrays.asList(minutesAgo(1), minutesAgo(2), NOW.plusSeconds(1), null));
        assertEquals(Optional.empty(), THREE_IN_TEN_MINUTES.nextAllowed(earlier, NOW));
    }

    @Test
    void with_more_than_max_counted_the_next_action_waits_until_fewer_than_max_remain() {
        var earlier = List.of(minutesAgo(9), minutesAgo(8), minutesAgo(3), minutesAgo(2));
        // the 3rd newest (8 minutes ago) must leave: then only 2 remain
        assertEquals(Optional.of(minutesAgo(8).plus(Duration.ofMinutes(10))), THREE_IN_TEN_MINUTES.nextAllowed(earlier, NOW));
    }

    @Test
    void the_limits_of_posts_messages_and_reports() {
        assertEquals(new RateLimit(5, Duration.ofMinutes(10)), RateLimit.POSTS);
        assertEquals(new RateLimit(20, Duration.ofMinutes(10)), RateLimit.MESSAGES);
        assertEquals(new RateLimit(10, Duration.ofHours(1)), RateLimit.REPORTS);
        var fivePosts = List.of(minutesAgo(1), minutesAgo(2), minutesAgo(3), minutesAgo(4), minutesAgo(5));
        assertEquals(Optional.empty(), RateLimit.POSTS.nextAllowed(fivePosts.subList(0, 4), NOW));
        assertEquals(Optional.of(minutesAgo(5).plus(Duration.ofMinutes(10))), RateLimit.POSTS.nextAllowed(fivePosts, NOW));
    }

    @Test
    void a_limit_below_one_or_a_window_that_is_not_positive_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimit(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new RateLimit(1, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new RateLimit(1, Duration.ofSeconds(-1)));
        assertThrows(NullPointerException.class, () -> new RateLimit(1, null));
        assertEquals(1, new RateLimit(1, Duration.ofNanos(1)).max());
    }
}
