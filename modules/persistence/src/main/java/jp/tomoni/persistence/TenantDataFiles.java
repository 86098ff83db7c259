package jp.tomoni.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs each tenant's SQL data files once, in name order: {@code tenants/<slug>/data/*.sql} always
 * (partner agencies and the like), {@code tenants/<slug>/demo/*.sql} only in demo mode. Each file
 * runs in its own transaction, as the owner with the tenant set, so row-level security still
 * confines it to its tenant; a failing file changes nothing and stops the start.
 */
public final class TenantDataFiles {
    private TenantDataFiles() {
    }

    /** @return the files applied now (earlier ones are skipped) */
    public static List<String> apply(String url, String ownerUser, String ownerPassword, Path tenantsDir,
                                     List<String> tenants, boolean demo) throws SQLException, IOException {
        List<String> applied = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, ownerUser, ownerPassword)) {
            c.setAutoCommit(false);
            for (String tenant : tenants) {
                for (Path file : files(tenantsDir.resolve(tenant), demo)) {
                    String name = tenantsDir.resolve(tenant).relativize(file).toString().replace('\\', '/');
                    if (alreadyApplied(c, tenant, name)) {
                        continue;
                    }
                    try {
                        TenantSessionCustomizer.apply(c, tenant);
                        try (Statement s = c.createStatement()) {
                            s.execute(Files.readString(file, StandardCharsets.UTF_8));
                        }
                        try (PreparedStatement ps = c.prepareStatement(
                                "insert into tenant_data_file (tenant_id, file) values (?, ?)")) {
                            ps.setString(1, tenant);
                            ps.setString(2, name);
                            ps.executeUpdate();
                        }
                        c.commit();
                        applied.add(tenant + "/" + name);
                    } catch (SQLException e) {
                        c.rollback();
                        throw new SQLException("tenant data file " + tenant + "/" + name + " failed: " + e.getMessage(), e);
                    }
                }
            }
        }
        return applied;
    }

    private static List<Path> files(Path tenantDir, boolean demo) throws IOException {
        List<Path> out = new ArrayList<>(sqlIn(tenantDir.resolve("data")));
        if (demo) {
            out.addAll(sqlIn(tenantDir.resolve("demo")));
        }
        return out;
    }

    private static List<Path> sqlIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().toList();
        }
    }

    private static boolean alreadyApplied(Connection c, String tenant, String file) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from tenant_data_file where tenant_id = ? and file = ?")) {
            ps.setString(1, tenant);
            ps.setString(2, file);
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
