package jp.tomoni.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;

/**
 * Sets {@value #SETTING} on every connection EclipseLink takes for a transaction, from the
 * request's tenant context. The setting is transaction-local ({@code is_local = true}), so a
 * pooled connection never carries one tenant into the next request; with no tenant bound it is
 * set empty and row-level security shows nothing.
 */
public class TenantSessionCustomizer implements SessionCustomizer {
    public static final String SETTING = "tomoni.tenant_id";

    @Override
    public void customize(Session session) {
        NullSafeUuids.apply(session);
        session.getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void postAcquireConnection(SessionEvent event) {
                Connection connection = (Connection) ((Accessor) event.getResult()).getConnection();
                String tenant = TenantContext.current().map(CurrentTenant::tenantId).orElse("");
                try {
                    apply(connection, tenant);
                } catch (SQLException e) {
                    throw new IllegalStateException("could not set the tenant on the connection", e);
                }
            }
        });
    }

    /** The single statement that binds a transaction to a tenant; used by JDBC callers too. */
    public static void apply(Connection connection, String tenant) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select set_config('" + SETTING + "', ?, true)")) {
            ps.setString(1, tenant);
            ps.execute();
        }
    }
}
