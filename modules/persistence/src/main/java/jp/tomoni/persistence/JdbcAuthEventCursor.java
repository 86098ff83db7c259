package jp.tomoni.persistence;

import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import jp.tomoni.application.audit.AuthEventCursor;

/** The one row of {@code auth_event_cursor}: platform bookkeeping, no tenant's data. */
@ApplicationScoped
public class JdbcAuthEventCursor implements AuthEventCursor {
    @Resource(lookup = "java:app/jdbc/tomoni")
    DataSource dataSource;

    @Override
    public long load() {
        try (var c = dataSource.getConnection();
             var ps = c.prepareStatement("select after_millis from auth_event_cursor where id = 1");
             var rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : System.currentTimeMillis();
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the sign-in event cursor", e);
        }
    }

    @Override
    public void save(long eventTimeMillis) {
        // never backwards, whichever of two writers comes last
        try (var c = dataSource.getConnection();
             var ps = c.prepareStatement("update auth_event_cursor set after_millis = greatest(after_millis, ?) where id = 1")) {
            ps.setLong(1, eventTimeMillis);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not save the sign-in event cursor", e);
        }
    }
}
