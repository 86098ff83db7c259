package jp.tomoni.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import jp.tomoni.launcher.Launcher;
import jp.tomoni.launcher.Settings;

/**
 * What the benchmarks share about the stack they measure: starting it with
 * {@link Launcher} exactly as the run command and the integration tests do, on the bench's own
 * ports and data folder; connections to its database as the owner or the application role;
 * facts about it for the report (database settings, memory); and the progress lines.
 *
 * <p>Each benchmark has its own file prefix under the output folder ({@code bench} for the
 * caseload bench: {@code bench-data/}, {@code bench-tenants/}, {@code bench-keycloak-ready};
 * {@code bench-retention} for the retention board bench), so one does not delete the other's data.
 */
final class BenchStack implements AutoCloseable {
    private final Path out;
    private final String prefix;
    private final String tag;
    private final PrintStream log;
    private Launcher launcher;
    private Settings settings;
    private Properties secrets;

    /** {@code tag}: how the progress lines start ({@code [tag HH:mm:ss]}). */
    BenchStack(Path out, String prefix, String tag, PrintStream log) {
        this.out = out;
        this.prefix = prefix;
        this.tag = tag;
        this.log = log;
    }

    Launcher launcher() {
        return launcher;
    }

    Settings settings() {
        return settings;
    }

    /** Starts the stack on the integration tests' ports plus {@code offset}, with a fresh data folder and no tenant files. */
    void start(Path root, int offset) throws Exception {
        Path data = out.resolve(prefix + "-data");
        // a fresh data folder, except Keycloak: its first start (build step, database schema, realm
        // import) can take minutes on a busy machine, longer than the launcher waits. Its database is
        // kept only after a start that completed (the bench's groups and user are then re-made).
        Path keycloakReady = out.resolve(prefix + "-keycloak-ready");
        if (Files.isDirectory(data)) {
            try (var children = Files.list(data)) {
                for (Path child : children.filter(c -> !c.getFileName().toString().equals("keycloak")).toList()) {
                    Launcher.deleteTree(child);
                }
            }
            if (!Files.exists(keycloakReady)) {
                Launcher.deleteTree(data.resolve("keycloak/data/h2"));
            }
        }
        Files.deleteIfExists(keycloakReady);
        Path tenantsDir = out.resolve(prefix + "-tenants");
        Launcher.deleteTree(tenantsDir);
        // no tenant files: the bench tenants are rows the bench inserts once the schema exists; the
        // app's tenant list is read on first use and kept only when not empty, so it sees them
        Files.createDirectories(tenantsDir);
        Map<String, String> env = new HashMap<>();
        env.put("TOMONI_DATA_DIR", data.toString());
        env.put("TOMONI_HTTP_PORT", Integer.toString(28080 + offset));
        env.put("TOMONI_DB_PORT", Integer.toString(25432 + offset));
        env.put("TOMONI_KEYCLOAK_PORT", Integer.toString(28180 + offset));
        env.put("TOMONI_SEARCH_PORT", Integer.toString(29201 + offset));
        env.put("TOMONI_MAIL_PORT", Integer.toString(22525 + offset));
        env.put("TOMONI_TENANTS_DIR", tenantsDir.toString());
        env.put("TOMONI_DEMO_DATA", "false");
        String heap = System.getenv("TOMONI_APP_MAX_HEAP");
        if (heap != null && !heap.isBlank()) {
            env.put("TOMONI_APP_MAX_HEAP", heap);
        }
        settings = Settings.fromEnvironment(env, root.resolve("modules/launcher/target/stack"), root);
        launcher = new Launcher(settings, new Tee(System.out, log));
        launcher.start();
        Files.writeString(keycloakReady, "Keycloak's database in " + prefix + "-data/keycloak is complete\n");
        secrets = new Properties();
        try (var r = Files.newBufferedReader(settings.dataDir().resolve("secrets.properties"))) {
            secrets.load(r);
        }
    }

    /** As the owner ({@code tomoni_owner}, {@code db.owner.password}) or the app role ({@code tomoni_app}, {@code db.app.password}). */
    Connection connect(String user, String secret, boolean batch) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", secrets.getProperty(secret));
        // as the app's data source (DataSources.java) has it
        p.setProperty("stringType", "unspecified");
        if (batch) {
            p.setProperty("reWriteBatchedInserts", "true");
        }
        return DriverManager.getConnection(launcher.dbUrl(), p);
    }

    Long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(settings.dataDir().resolve("postgres/postmaster.pid")).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    String databaseSettings() throws SQLException {
        try (Connection c = connect("tomoni_app", "db.app.password", false);
             var rs = c.createStatement().executeQuery("select version(), current_setting('synchronous_commit'), "
                     + "current_setting('fsync'), current_setting('shared_buffers'), current_setting('max_connections')")) {
            rs.next();
            return rs.getString(1).replaceAll(" on .*", "") + "; synchronous_commit=" + rs.getString(2) + ", fsync="
                    + rs.getString(3) + ", shared_buffers=" + rs.getString(4) + ", max_connections=" + rs.getString(5);
        }
    }

    /** The meter of the report's CPU table: Payara, PostgreSQL (postmaster and backends), the bench JVM alone. */
    CpuUse.Meter cpuMeter() {
        return new CpuUse.Meter()
                .add("Payara", launcher::appPid)
                .add("PostgreSQL", this::postmasterPid)
                .addProcess("bench JVM (clients, OpenSearch)", () -> ProcessHandle.current().pid());
    }

    /** Payara's, PostgreSQL's and the bench JVM's resident memory, as the report's facts. */
    void memoryFacts(Map<String, Object> facts) {
        long pid = launcher.appPid();
        facts.put("Payara RSS", CpuUse.statusMiB(pid, "VmRSS") + " MiB (peak " + CpuUse.statusMiB(pid, "VmHWM")
                + " MiB), heap limit " + settings.get("TOMONI_APP_MAX_HEAP", "1g"));
        Long pg = postmasterPid();
        facts.put("PostgreSQL RSS", (pg == null ? -1 : CpuUse.treeRssMiB(pg))
                + " MiB summed over postmaster and backends (shared buffers counted in each)");
        facts.put("bench JVM RSS", CpuUse.statusMiB(ProcessHandle.current().pid(), "VmRSS")
                + " MiB (load clients and the in-process OpenSearch node)");
    }

    @Override
    public void close() {
        if (launcher != null) {
            launcher.close();
        }
    }

    void say(String line) {
        String s = "[" + tag + " " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "] " + line;
        System.out.println(s);
        log.println(s);
    }

    static String seconds(long since) {
        return String.format("%.1f s", (System.nanoTime() - since) / 1e9);
    }

    /** Progress lines go to the console and to the bench's log file. */
    private static final class Tee extends PrintStream {
        private final PrintStream second;

        Tee(PrintStream first, PrintStream second) {
            super(first, true);
            this.second = second;
        }

        @Override
        public void write(byte[] buf, int off, int len) {
            super.write(buf, off, len);
            second.write(buf, off, len);
        }
    }
}
