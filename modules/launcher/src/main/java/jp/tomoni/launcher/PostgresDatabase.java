package jp.tomoni.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL 17 from zonky's embedded binaries, bound to 127.0.0.1, data kept in {@code dataDir}
 * so the second start reuses it. Creates the owner and application roles and the database once.
 */
public final class PostgresDatabase implements StackPart {
    public static final String DATABASE = "tomoni";
    public static final String OWNER = "tomoni_owner";
    public static final String APP = "tomoni_app";

    private final Path dataDir;
    private final int port;
    private final Path rolesSql;
    private final Path databaseSql;
    private final Secrets secrets;
    private EmbeddedPostgres postgres;

    public PostgresDatabase(Path dataDir, int port, Path infraDb, Secrets secrets) {
        this.dataDir = dataDir;
        this.port = port;
        this.rolesSql = infraDb.resolve("roles.sql");
        this.databaseSql = infraDb.resolve("database.sql");
        this.secrets = secrets;
    }

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public void start() throws Exception {
        Ports.requireFree(port, "PostgreSQL", "TOMONI_DB_PORT");
        Files.createDirectories(dataDir);
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "100")
                .start();
        prepare();
    }

    private void prepare() throws SQLException, IOException {
        String roles = Files.readString(rolesSql)
                .replace("${OWNER_PASSWORD}", secrets.ownerPassword())
                .replace("${APP_PASSWORD}", secrets.appPassword());
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "postgres");
             Statement s = c.createStatement()) {
            s.execute(roles);
            // keep the passwords in step with the secrets file, which may be newer than the data
            s.execute("alter role " + OWNER + " password '" + secrets.ownerPassword() + "'");
            s.execute("alter role " + APP + " password '" + secrets.appPassword() + "'");
            boolean exists;
            try (var rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                exists = rs.next();
            }
            if (!exists) {
                s.execute("create database " + DATABASE + " owner " + OWNER + " encoding 'UTF8' template template0");
            }
        }
        try (Connection c = DriverManager.getConnection(url(DATABASE), "postgres", "postgres");
             Statement s = c.createStatement()) {
            s.execute(Files.readString(databaseSql));
        }
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String jdbcUrl() {
        return url(DATABASE);
    }

    @Override
    public void close() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            postgres = null;
        }
    }

}
