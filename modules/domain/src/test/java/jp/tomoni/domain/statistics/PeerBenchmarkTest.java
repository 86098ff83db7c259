package jp.tomoni.domain.statistics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PeerBenchmarkTest {
    @Test
    void peers_are_hidden_below_five_contributing_tenants() {
        assertFalse(PeerBenchmark.shown(0));
        assertFalse(PeerBenchmark.shown(4));
        assertTrue(PeerBenchmark.shown(5));
    }
}
