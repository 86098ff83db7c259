package jp.tomoni.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.outbox.Outbox;
import jp.tomoni.application.outbox.OutboxEvent;
import jp.tomoni.application.resource.ResourceService;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.resource.ResourceIndex;
import jp.tomoni.domain.resource.ResourceRepository;

/** One transaction of the relay for the bound tenant: index what is pending, mark it done. */
@ApplicationScoped
public class OutboxBatch {
    static final int SIZE = 100;

    @Inject
    Outbox outbox;
    @Inject
    ResourceRepository resources;
    @Inject
    ResourceIndex index;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int process() {
        String tenant = TenantContext.require().tenantId();
        int sent = 0;
        for (OutboxEvent e : outbox.pending(SIZE)) {
            if (!ResourceService.AGGREGATE.equals(e.aggregateType())) {
                outbox.done(e.id());
                continue;
            }
            try {
                resources.find(e.aggregateId()).ifPresent(r -> index.put(tenant, r));
                outbox.done(e.id());
                sent++;
            } catch (SearchUnavailableException ex) {
                // the node is away: leave this and the rest pending for the next round
                break;
            } catch (RuntimeException ex) {
                // a permanent refusal (e.g. a mapping error) must not block the rows behind it
                outbox.failed(e.id(), ex.getClass().getSimpleName() + ": " + ex.getMessage());
            }
        }
        return sent;
    }
}
