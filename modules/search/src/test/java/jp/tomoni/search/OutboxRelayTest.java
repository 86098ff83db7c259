package jp.tomoni.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.tomoni.application.outbox.OutboxAppended;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.application.tenant.TenantStore;
import jp.tomoni.domain.resource.DirectoryEntry;
import jp.tomoni.domain.resource.DirectoryIndex;
import jp.tomoni.domain.resource.DirectoryQuery;
import jp.tomoni.domain.resource.DirectoryResults;
import jp.tomoni.domain.resource.ReaderScope;
import jp.tomoni.domain.tenant.TenantDefinition;

class OutboxRelayTest {
    Instant now = Instant.parse("2026-11-30T10:00:00Z");
    boolean available = true;
    final List<String> visited = new ArrayList<>();
    final Map<String, Integer> pending = new HashMap<>();
    OutboxRelay relay;

    @BeforeEach
    void setUp() {
        relay = new OutboxRelay();
        relay.clock = new Clock() {
            @Override
            public Instant instant() {
                return now;
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        };
        relay.tenants = new TenantStore() {
            @Override
            public List<TenantDefinition> all() {
                return List.of(tenant("aoba"), tenant("midorino"), tenant("sakura"));
            }

            @Override
            public Optional<TenantDefinition> find(String slug) {
                return all().stream().filter(t -> t.slug().equals(slug)).findFirst();
            }
        };
        relay.index = new DirectoryIndex() {
            @Override
            public void write(String scope, Collection<DirectoryEntry> entries, Collection<UUID> removed, String building) {
                throw new UnsupportedOperationException();
            }

            @Override
            public DirectoryResults search(String tenantId, DirectoryQuery query, ReaderScope reader, List<String> alternatives) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<String> suggest(String tenantId, String prefix, ReaderScope reader, int limit) {
                throw new UnsupportedOperationException();
            }

            @Override
            public String createIndex(String scope) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int bulkCreate(String index, Collection<DirectoryEntry> entries) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void swap(String scope, String index) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void deleteIndex(String index) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Set<UUID> ids(String scope) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void refresh(String scope) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean isAvailable() {
                return available;
            }
        };
        relay.batch = new OutboxBatch() {
            @Override
            public int process() {
                String t = TenantContext.require().tenantId();
                visited.add(t);
                int n = Math.min(pending.getOrDefault(t, 0), SIZE);
                pending.merge(t, -n, Integer::sum);
                return n;
            }
        };
    }

    static TenantDefinition tenant(String slug) {
        return new TenantDefinition(slug, slug, slug, "000000", "東京都", 1, "#000000", Set.of());
    }

    @Test
    void the_first_round_visits_every_tenant_then_only_signalled_ones() {
        pending.put("midorino", 3);
        assertEquals(3, relay.drainDue());
        assertEquals(List.of("aoba", "midorino", "sakura"), visited);

        visited.clear();
        now = now.plusSeconds(1);
        assertEquals(0, relay.drainDue());
        assertEquals(List.of(), visited, "nobody signalled: no transaction at all");

        pending.put("sakura", 1);
        relay.appended(new OutboxAppended("sakura"));
        now = now.plusSeconds(1);
        assertEquals(1, relay.drainDue());
        assertEquals(List.of("sakura"), visited);

        visited.clear();
        now = now.plusSeconds(1);
        relay.drainDue();
        assertEquals(List.of(), visited, "a signal counts once");
    }

    @Test
    void every_tenant_is_visited_again_after_the_sweep_interval() {
        relay.drainDue();
        visited.clear();
        pending.put("aoba", 2); // written by another server: no signal here
        now = now.plus(OutboxRelay.SWEEP).minusSeconds(1);
        relay.drainDue();
        assertEquals(List.of(), visited);
        now = now.plusSeconds(1);
        assertEquals(2, relay.drainDue());
        assertEquals(List.of("aoba", "midorino", "sakura"), visited);
    }

    @Test
    void a_full_batch_keeps_the_tenant_signalled() {
        relay.drainDue();
        visited.clear();
        pending.put("aoba", OutboxBatch.SIZE + 5);
        relay.appended(new OutboxAppended("aoba"));
        now = now.plusSeconds(1);
        assertEquals(OutboxBatch.SIZE, relay.drainDue());
        now = now.plusSeconds(1);
        assertEquals(5, relay.drainDue());
        assertEquals(List.of("aoba", "aoba"), visited);
    }

    @Test
    void signals_wait_while_the_search_node_is_away() {
        relay.drainDue();
        visited.clear();
        pending.put("midorino", 1);
        relay.appended(new OutboxAppended("midorino"));
        available = false;
        now = now.plusSeconds(1);
        assertEquals(0, relay.drainDue());
        available = true;
        now = now.plusSeconds(1);
        assertEquals(1, relay.drainDue());
        assertEquals(List.of("midorino"), visited);
    }

    @Test
    void a_sweep_waits_while_the_search_node_is_away() {
        available = false;
        assertEquals(0, relay.drainDue());
        available = true;
        now = now.plusSeconds(1);
        relay.drainDue();
        assertEquals(List.of("aoba", "midorino", "sakura"), visited);
    }
}
