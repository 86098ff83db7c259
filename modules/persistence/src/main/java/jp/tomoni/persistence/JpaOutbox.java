package jp.tomoni.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tomoni.application.outbox.Outbox;
import jp.tomoni.application.outbox.OutboxAppended;
import jp.tomoni.application.outbox.OutboxEvent;
import jp.tomoni.application.tenant.TenantContext;

/** The outbox table, written in the caller's transaction so a change and its event commit together. */
@ApplicationScoped
public class JpaOutbox implements Outbox {
    @PersistenceContext(unitName = "tomoni")
    EntityManager em;
    @Inject
    Event<OutboxAppended> appended;

    /** Adds the row in the caller's transaction; observers of {@link OutboxAppended} hear of it once that commits. */
    @Override
    public void append(String aggregateType, UUID aggregateId, String eventType) {
        String tenant = TenantContext.require().tenantId();
        em.createNativeQuery("insert into outbox (tenant_id, aggregate_type, aggregate_id, event_type) values (?, ?, ?, ?)")
                .setParameter(1, tenant)
                .setParameter(2, aggregateType)
                .setParameter(3, aggregateId)
                .setParameter(4, eventType)
                .executeUpdate();
        appended.fire(new OutboxAppended(tenant));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<OutboxEvent> pending(int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, tenant_id, aggregate_type, aggregate_id, event_type, attempts from outbox
                where processed_at is null and attempts < 20 order by id limit ?""")
                .setParameter(1, limit)
                .getResultList();
        return rows.stream().map(r -> new OutboxEvent(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (UUID) r[3], (String) r[4], ((Number) r[5]).intValue())).toList();
    }

    @Override
    public void done(long id) {
        em.createNativeQuery("update outbox set processed_at = now(), last_error = null where id = ?")
                .setParameter(1, id).executeUpdate();
    }

    @Override
    public void failed(long id, String reason) {
        em.createNativeQuery("update outbox set attempts = attempts + 1, last_error = ? where id = ?")
                .setParameter(1, reason == null ? null : reason.substring(0, Math.min(reason.length(), 500)))
                .setParameter(2, id).executeUpdate();
    }
}
