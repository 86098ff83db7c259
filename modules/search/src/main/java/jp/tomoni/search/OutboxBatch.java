package jp.tomoni.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.outbox.Outbox;
import jp.tomoni.application.outbox.OutboxEvent;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.resource.DirectoryEntry;
import jp.tomoni.domain.resource.DirectoryIndex;
import jp.tomoni.domain.resource.DirectorySettingsRepository;
import jp.tomoni.domain.resource.DirectorySource;

/**
 * One transaction of the relay for the bound tenant: read what is pending, index the current state of
 * each record once (several events of one record in a batch are one write; an event seen again after a
 * crash rewrites the same state), and mark the events done only when the index took them.
 */
@ApplicationScoped
public class OutboxBatch {
    static final int SIZE = 100;

    @Inject
    Outbox outbox;
    @Inject
    DirectorySource source;
    @Inject
    DirectorySettingsRepository settings;
    @Inject
    DirectoryIndex index;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int process() {
        String tenant = TenantContext.require().tenantId();
        List<OutboxEvent> events = outbox.pending(SIZE);
        if (events.isEmpty()) {
            return 0;
        }
        Map<UUID, String> records = new LinkedHashMap<>();
        for (OutboxEvent e : events) {
            if (DirectorySource.AGGREGATES.contains(e.aggregateType())) {
                records.putIfAbsent(e.aggregateId(), e.aggregateType());
            }
        }
        List<DirectoryEntry> entries = new ArrayList<>();
        List<UUID> removed = new ArrayList<>();
        records.forEach((id, type) -> source.entry(type, id).ifPresentOrElse(entries::add, () -> removed.add(id)));
        String building = settings.building().map(DirectorySettingsRepository.Reindex::indexName).orElse(null);
        try {
            index.write(tenant, entries, removed, building);
        } catch (SearchUnavailableException ex) {
            return 0; // the node is away: everything stays pending for the next round
        } catch (RuntimeException ex) {
            // a permanent refusal (e.g. a mapping error) must not block the rows behind it: one by one
            return oneByOne(tenant, events, building);
        }
        events.forEach(e -> outbox.done(e.id()));
        return events.size();
    }

    private int oneByOne(String tenant, List<OutboxEvent> events, String building) {
        int sent = 0;
        for (OutboxEvent e : events) {
            if (!DirectorySource.AGGREGATES.contains(e.aggregateType())) {
                outbox.done(e.id());
                continue;
            }
            try {
                var entry = source.entry(e.aggregateType(), e.aggregateId());
                index.write(tenant, entry.map(List::of).orElse(List.of()),
                        entry.isPresent() ? List.of() : List.of(e.aggregateId()), building);
                outbox.done(e.id());
                sent++;
            } catch (SearchUnavailableException ex) {
                break;
            } catch (RuntimeException ex) {
                outbox.failed(e.id(), ex.getClass().getSimpleName() + ": " + ex.getMessage());
            }
        }
        return sent;
    }
}
