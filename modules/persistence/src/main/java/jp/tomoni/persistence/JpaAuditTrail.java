package jp.tomoni.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import javax.sql.DataSource;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;

/** Audit rows in the caller's transaction; the app role may insert and read them, never update or delete. */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {
    @PersistenceContext(unitName = "tomoni")
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/tomoni")
    DataSource dataSource;

    @Override
    public void record(String action, String entityType, String entityId) {
        CurrentTenant t = TenantContext.require();
        em.createNativeQuery("insert into audit_log (tenant_id, actor, action, entity_type, entity_id) values (?, ?, ?, ?, ?)")
                .setParameter(1, t.tenantId())
                .setParameter(2, t.actor())
                .setParameter(3, action)
                .setParameter(4, entityType)
                .setParameter(5, entityId)
                .executeUpdate();
    }

    @Override
    public void recordCase(String action, String entityType, String entityId, java.util.UUID caseId) {
        CurrentTenant t = TenantContext.require();
        em.createNativeQuery("insert into audit_log (tenant_id, actor, action, entity_type, entity_id, case_id) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .setParameter(1, t.tenantId())
                .setParameter(2, t.actor())
                .setParameter(3, action)
                .setParameter(4, entityType)
                .setParameter(5, entityId)
                .setParameter(6, caseId)
                .executeUpdate();
    }

    /**
     * In a transaction of its own: the caller's transaction is rolled back with the refusal, but the
     * attempt is kept (a pooled connection taken inside a JTA transaction would otherwise join it).
     */
    @Override
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
    public void recordDenied(String tenantId, String actor, String what) {
        call("select record_access_denied(?, ?, ?)", tenantId, actor, what);
    }

    @Override
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
    public void recordAuthEvent(String tenantId, String actor, String action, String detail, boolean denied) {
        call("select record_auth_event(?, ?, ?, ?, " + denied + ")", tenantId, actor, action, detail);
    }

    private void call(String sql, String... args) {
        try (var c = dataSource.getConnection();
             var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            ps.execute();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not write an audit row: " + sql, e);
        }
    }
}
