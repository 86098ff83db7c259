package jp.tomoni.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import jp.tomoni.persistence.TenantSessionCustomizer;

/** Raw JDBC to the test database as the real roles, binding a tenant the way the application does. */
final class Db {
    private Db() {
    }

    static Connection app() throws SQLException {
        return DriverManager.getConnection(TestStack.get().dbUrl(), "tomoni_app",
                TestStack.secrets().getProperty("db.app.password"));
    }

    static Connection owner() throws SQLException {
        return DriverManager.getConnection(TestStack.get().dbUrl(), "tomoni_owner",
                TestStack.secrets().getProperty("db.owner.password"));
    }

    /** Binds the tenant for the current transaction (the connection must not be in autocommit). */
    static void bind(Connection c, String tenant) throws SQLException {
        TenantSessionCustomizer.apply(c, tenant);
    }

    /** A count as the owner (bound by forced RLS too) with the tenant set, in one transaction. */
    static int countAsOwner(String tenant, String sql, String... params) {
        return Integer.parseInt(stringAsOwner(tenant, sql, params));
    }

    /** The first column of the first row, as text, read as the owner with the tenant set. */
    static String stringAsOwner(String tenant, String sql, String... params) {
        try (Connection c = owner()) {
            c.setAutoCommit(false);
            bind(c, tenant);
            try (var ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setString(i + 1, params[i]);
                }
                try (var rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no row: " + sql);
                    }
                    String value = rs.getString(1);
                    c.commit();
                    return value;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The app role, bound to {@code tenant}, is refused {@code sql} by the database (insufficient privilege). */
    static void assertAppRefused(String tenant, String sql) throws SQLException {
        try (Connection c = app()) {
            c.setAutoCommit(false);
            bind(c, tenant);
            try (var st = c.createStatement()) {
                st.executeUpdate(sql);
                throw new AssertionError("the app role was allowed: " + sql);
            } catch (SQLException expected) {
                org.junit.jupiter.api.Assertions.assertEquals("42501", expected.getSQLState(), expected.getMessage());
            }
            c.rollback();
        }
    }
}
