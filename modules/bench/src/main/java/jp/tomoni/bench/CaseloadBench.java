package jp.tomoni.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import jp.tomoni.launcher.Launcher;
import jp.tomoni.launcher.Settings;
import jp.tomoni.persistence.JpaCaseRepository;
import jp.tomoni.persistence.TenantSessionCustomizer;

/**
 * The caseload benchmark: starts the stack the way the run command and the integration tests do
 * (on its own ports and a fresh data folder), seeds bench tenants and cases as the owner role,
 * arranges one Keycloak user who is consultant in every bench tenant, then measures the caseload
 * list through the REST API and the very same SQL ({@link JpaCaseRepository#caseloadSql}) over
 * raw JDBC as the application role with the tenant bound ({@link TenantSessionCustomizer#apply}),
 * and writes {@code target/bench-caseload.md}.
 *
 * <p>Settings (system properties): {@code bench.clients} (20), {@code bench.warmup} and
 * {@code bench.measure} in seconds (20, 60), {@code bench.tenants} (50), {@code bench.cases} per
 * tenant (2000), {@code bench.port-offset} (2000, added to the integration tests' ports),
 * {@code bench.audit-jdbc} (true: also measure JDBC with the audit row the API writes),
 * {@code bench.rounds} (3: the measured time is split into rounds the sides take in turn),
 * {@code bench.client-tenant-index} (false: an experiment, see README.md).
 */
public final class CaseloadBench {
    private static final int CLIENTS = Integer.getInteger("bench.clients", 20);
    private static final Duration WARMUP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 20));
    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.measure", 60));
    private static final int TENANTS = Integer.getInteger("bench.tenants", 50);
    private static final int CASES = Integer.getInteger("bench.cases", 2000);
    private static final int OFFSET = Integer.getInteger("bench.port-offset", 2000);
    private static final boolean AUDIT_JDBC = Boolean.parseBoolean(System.getProperty("bench.audit-jdbc", "true"));
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final Duration RAMP = Duration.ofSeconds(2);
    /** An experiment, not the schema: an index on client (tenant_id) before measuring. */
    private static final boolean CLIENT_TENANT_INDEX = Boolean.getBoolean("bench.client-tenant-index");

    private final Path out;
    private final PrintStream log;
    private Launcher launcher;
    private Settings settings;
    private Properties secrets;

    private CaseloadBench(Path out, PrintStream log) {
        this.out = out;
        this.log = log;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("tomoni.root", ".")).toAbsolutePath().normalize();
        Path out = Path.of(System.getProperty("bench.output", root.resolve("modules/bench/target").toString()));
        Files.createDirectories(out);
        try (PrintStream log = new PrintStream(Files.newOutputStream(out.resolve("bench-stack.log")), true)) {
            new CaseloadBench(out, log).run(root);
        }
        // OpenSearch runs in this JVM and leaves non-daemon threads behind
        System.exit(0);
    }

    private void run(Path root) throws Exception {
        Map<String, Object> facts = new java.util.LinkedHashMap<>();
        facts.put("started", LocalDateTime.now().withNano(0).toString());
        facts.put("machine", Runtime.getRuntime().availableProcessors() + " cores, load average at start "
                + CpuUse.currentLoadAverage() + ", JDK " + Runtime.version());
        long t0 = System.nanoTime();
        start(root);
        facts.put("stack start", seconds(t0));
        try {
            long t1 = System.nanoTime();
            seed(facts);
            facts.put("seeding", seconds(t1));
            BenchKeycloak kc = new BenchKeycloak(launcher.issuer());
            kc.arrange(tenants());
            kc.accessToken();
            say("Keycloak: user " + BenchKeycloak.USER + " is consultant in " + TENANTS + " tenants; signed in");
            facts.put("database", databaseSettings());

            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            crossCheck(http, kc);

            CpuUse.Meter cpu = new CpuUse.Meter()
                    .add("Payara", launcher::appPid)
                    .add("PostgreSQL", this::postmasterPid)
                    .addProcess("bench JVM (clients, OpenSearch)", () -> ProcessHandle.current().pid());
            List<Load.Side> sides = new ArrayList<>();
            sides.add(new Load.Side("API", CLIENTS, c -> apiClient(http, kc)));
            sides.add(new Load.Side("JDBC", CLIENTS, c -> jdbcClient(false)));
            if (AUDIT_JDBC) {
                sides.add(new Load.Side("JDBC + audit row", CLIENTS, c -> jdbcClient(true)));
            }
            List<Load.Result> results = measure(sides, cpu);
            for (Load.Side side : sides) {
                side.close();
            }
            facts.put("plan of the unfiltered caseload (bench01, NEXT_DUE, first page) as tomoni_app",
                    "\n\n```\n" + explain() + "```\n");
            long pid = launcher.appPid();
            facts.put("Payara RSS", CpuUse.statusMiB(pid, "VmRSS") + " MiB (peak " + CpuUse.statusMiB(pid, "VmHWM")
                    + " MiB), heap limit " + settings.get("TOMONI_APP_MAX_HEAP", "1g"));
            Long pg = postmasterPid();
            facts.put("PostgreSQL RSS", (pg == null ? -1 : CpuUse.treeRssMiB(pg))
                    + " MiB summed over postmaster and backends (shared buffers counted in each)");
            facts.put("bench JVM RSS", CpuUse.statusMiB(ProcessHandle.current().pid(), "VmRSS")
                    + " MiB (load clients and the in-process OpenSearch node)");
            facts.put("audit rows", auditRows() + " written in the tenants' hash chains during the run");
            Report report = new Report(CLIENTS, WARMUP, MEASURE, TENANTS, CASES, facts, results);
            String md = report.markdown();
            Files.writeString(out.resolve("bench-caseload.md"), md);
            System.out.println();
            System.out.println(report.table());
            System.out.println("written: " + out.resolve("bench-caseload.md"));
        } finally {
            launcher.close();
        }
    }

    private void start(Path root) throws Exception {
        Path data = out.resolve("bench-data");
        // a fresh data folder, except Keycloak: its first start (build step, database schema, realm
        // import) can take minutes on a busy machine, longer than the launcher waits. Its database is
        // kept only after a start that completed (the bench's groups and user are then re-made).
        Path keycloakReady = out.resolve("bench-keycloak-ready");
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
        Path tenantsDir = out.resolve("bench-tenants");
        Launcher.deleteTree(tenantsDir);
        // no tenant files: the bench tenants are rows the bench inserts once the schema exists; the
        // app's tenant list is read on first use and kept only when not empty, so it sees them
        Files.createDirectories(tenantsDir);
        Map<String, String> env = new HashMap<>();
        env.put("TOMONI_DATA_DIR", data.toString());
        env.put("TOMONI_HTTP_PORT", Integer.toString(28080 + OFFSET));
        env.put("TOMONI_DB_PORT", Integer.toString(25432 + OFFSET));
        env.put("TOMONI_KEYCLOAK_PORT", Integer.toString(28180 + OFFSET));
        env.put("TOMONI_SEARCH_PORT", Integer.toString(29201 + OFFSET));
        env.put("TOMONI_MAIL_PORT", Integer.toString(22525 + OFFSET));
        env.put("TOMONI_TENANTS_DIR", tenantsDir.toString());
        env.put("TOMONI_DEMO_DATA", "false");
        String heap = System.getenv("TOMONI_APP_MAX_HEAP");
        if (heap != null && !heap.isBlank()) {
            env.put("TOMONI_APP_MAX_HEAP", heap);
        }
        settings = Settings.fromEnvironment(env, root.resolve("modules/launcher/target/stack"), root);
        launcher = new Launcher(settings, new Tee(System.out, log));
        launcher.start();
        Files.writeString(keycloakReady, "Keycloak's database in bench-data/keycloak is complete\n");
        secrets = new Properties();
        try (var r = Files.newBufferedReader(settings.dataDir().resolve("secrets.properties"))) {
            secrets.load(r);
        }
    }

    private List<String> tenants() {
        List<String> t = new ArrayList<>();
        for (int n = 1; n <= TENANTS; n++) {
            t.add(Seeder.tenant(n));
        }
        return t;
    }

    private void seed(Map<String, Object> facts) throws SQLException {
        try (Connection owner = connect("tomoni_owner", "db.owner.password", true)) {
            List<String> slugs = Seeder.tenants(owner, TENANTS);
            long[] totals = new long[4];
            LocalDate today = LocalDate.now();
            for (String t : slugs) {
                int[] n = Seeder.cases(owner, t, CASES, today);
                for (int i = 0; i < 4; i++) {
                    totals[i] += n[i];
                }
                if (t.endsWith("0")) {
                    say("seeded " + t);
                }
            }
            if (CLIENT_TENANT_INDEX) {
                try (var st = owner.createStatement()) {
                    owner.setAutoCommit(true);
                    st.execute("create index bench_client_tenant on client (tenant_id)");
                }
                facts.put("EXPERIMENT", "index `client (tenant_id)` created by the bench (not in the schema)");
            }
            Seeder.analyze(owner);
            facts.put("seeded", String.format("%d tenants: %,d clients, %,d cases, %,d consents, %,d referrals",
                    slugs.size(), totals[0], totals[1], totals[2], totals[3]));
            say("seeded " + facts.get("seeded"));
        }
    }

    private Connection connect(String user, String secret, boolean batch) throws SQLException {
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

    private Long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(settings.dataDir().resolve("postgres/postmaster.pid")).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private String databaseSettings() throws SQLException {
        try (Connection c = connect("tomoni_app", "db.app.password", false);
             var rs = c.createStatement().executeQuery("select version(), current_setting('synchronous_commit'), "
                     + "current_setting('fsync'), current_setting('shared_buffers'), current_setting('max_connections')")) {
            rs.next();
            return rs.getString(1).replaceAll(" on .*", "") + "; synchronous_commit=" + rs.getString(2) + ", fsync="
                    + rs.getString(3) + ", shared_buffers=" + rs.getString(4) + ", max_connections=" + rs.getString(5);
        }
    }

    /** Before measuring: the API and the JDBC statement return the same cases, in the same order. */
    private void crossCheck(HttpClient http, BenchKeycloak kc) throws Exception {
        SplittableRandom rnd = Load.random(999);
        int rows = 0;
        try (Load.Client jdbc = jdbcClient(false)) {
            JdbcClient j = (JdbcClient) jdbc;
            for (int i = 0; i < 30; i++) {
                Load.Params p = Load.next(rnd, TENANTS);
                HttpResponse<String> r = http.send(apiRequest(p, kc.accessToken()), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("API answered " + r.statusCode() + " to " + p + ": " + r.body());
                }
                List<String> api = new ArrayList<>();
                try (var reader = Json.createReader(new StringReader(r.body()))) {
                    reader.readArray().getValuesAs(JsonObject.class).forEach(o -> api.add(o.getString("id")));
                }
                List<String> db = j.ids(p);
                if (!api.equals(db)) {
                    throw new IllegalStateException("API and JDBC disagree for " + p + ":\n API  " + api + "\n JDBC " + db);
                }
                rows += api.size();
            }
        }
        say("cross-check: API and JDBC return the same cases for 30 random requests (" + rows + " rows)");
    }

    /**
     * Each side warms up, then the measured time is split into rounds that take turns (API, JDBC,
     * API, JDBC, …), so that other work on the machine, which comes and goes, weighs on both sides alike.
     */
    private List<Load.Result> measure(List<Load.Side> sides, CpuUse.Meter cpu) throws Exception {
        for (Load.Side side : sides) {
            say(String.format("%s: %d clients, %d s warm-up …", side.name, CLIENTS, WARMUP.toSeconds()));
            Load.run(side, TENANTS, WARMUP, Duration.ZERO, cpu);
        }
        Duration slice = MEASURE.dividedBy(ROUNDS);
        for (int round = 1; round <= ROUNDS; round++) {
            for (Load.Side side : sides) {
                // a short ramp in each round: all clients busy before counting starts
                Load.Result r = Load.run(side, TENANTS, RAMP, slice, cpu);
                side.rounds.add(r);
                say(String.format("round %d/%d %s: %.0f req/s, p50 %.1f ms, p95 %.1f ms, machine busy %.0f %%", round,
                        ROUNDS, side.name, r.throughput(), r.percentileMs(0.50), r.percentileMs(0.95),
                        r.cpu().machineBusy() * 100));
            }
        }
        List<Load.Result> results = new ArrayList<>();
        for (Load.Side side : sides) {
            Load.Result r = side.total();
            say(String.format("%s: %.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d errors %s", r.name(),
                    r.throughput(), r.percentileMs(0.50), r.percentileMs(0.95), r.percentileMs(0.99), r.errors(),
                    r.errorKinds().isEmpty() ? "" : r.errorKinds()));
            results.add(r);
        }
        return results;
    }

    /** EXPLAIN ANALYZE of one caseload statement, as the app role with the tenant bound. */
    private String explain() throws SQLException {
        var q = new jp.tomoni.domain.casework.CaseloadQuery(null, null,
                jp.tomoni.domain.casework.CaseloadQuery.Sort.NEXT_DUE, 0, 50, null);
        StringBuilder plan = new StringBuilder();
        try (Connection c = connect("tomoni_app", "db.app.password", false)) {
            c.setAutoCommit(false);
            TenantSessionCustomizer.apply(c, Seeder.tenant(1));
            try (PreparedStatement ps = c.prepareStatement("explain (analyze, costs off) "
                    + JpaCaseRepository.caseloadSql(q))) {
                List<Object> values = JpaCaseRepository.caseloadParameters(q);
                for (int i = 0; i < values.size(); i++) {
                    if (values.get(i) == null) {
                        ps.setNull(i + 1, Types.VARCHAR);
                    } else {
                        ps.setObject(i + 1, values.get(i));
                    }
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
            }
            c.rollback();
        }
        return plan.toString();
    }

    private String baseUrl() {
        return launcher.appUrl();
    }

    private HttpRequest apiRequest(Load.Params p, String token) {
        var q = p.query();
        StringBuilder url = new StringBuilder(baseUrl()).append("/api/t/").append(p.tenant()).append("/cases?sort=")
                .append(q.sort().name()).append("&offset=").append(q.offset()).append("&limit=").append(q.limit());
        if (q.status() != null) {
            url.append("&status=").append(q.status().name());
        }
        if (q.worker() != null) {
            url.append("&worker=").append(q.worker());
        }
        return HttpRequest.newBuilder(URI.create(url.toString())).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
    }

    private Load.Client apiClient(HttpClient http, BenchKeycloak kc) {
        return p -> {
            HttpResponse<byte[]> r = http.send(apiRequest(p, kc.accessToken()), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + r.statusCode());
            }
            return r.body().length > 0 && r.body()[0] == '[';
        };
    }

    private Load.Client jdbcClient(boolean audit) {
        try {
            return new JdbcClient(connect("tomoni_app", "db.app.password", false), audit);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One connection per client, as the application role: per request a transaction that binds the
     * tenant, (optionally) appends the audit row the API appends, runs the caseload statement and
     * reads every row.
     */
    private static final class JdbcClient implements Load.Client {
        private final Connection c;
        private final boolean audit;

        JdbcClient(Connection c, boolean audit) throws SQLException {
            this.c = c;
            this.audit = audit;
            c.setAutoCommit(false);
        }

        @Override
        public boolean call(Load.Params p) throws SQLException {
            int rows = 0;
            try {
                TenantSessionCustomizer.apply(c, p.tenant());
                if (audit) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "insert into audit_log (tenant_id, actor, action, entity_type, entity_id) values (?, ?, ?, ?, ?)")) {
                        ps.setString(1, p.tenant());
                        ps.setString(2, "bench-jdbc");
                        ps.setString(3, "list");
                        ps.setString(4, "caseload");
                        ps.setString(5, p.query().toString());
                        ps.executeUpdate();
                    }
                }
                try (PreparedStatement ps = prepare(p); ResultSet rs = ps.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                        rows++;
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
            return rows >= 0;
        }

        List<String> ids(Load.Params p) throws SQLException {
            List<String> ids = new ArrayList<>();
            TenantSessionCustomizer.apply(c, p.tenant());
            try (PreparedStatement ps = prepare(p); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            c.commit();
            return ids;
        }

        private PreparedStatement prepare(Load.Params p) throws SQLException {
            PreparedStatement ps = c.prepareStatement(JpaCaseRepository.caseloadSql(p.query()));
            List<Object> values = JpaCaseRepository.caseloadParameters(p.query());
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v == null) {
                    ps.setNull(i + 1, Types.VARCHAR);
                } else {
                    ps.setObject(i + 1, v);
                }
            }
            return ps;
        }

        @Override
        public void close() throws SQLException {
            c.close();
        }
    }

    private long auditRows() throws SQLException {
        long n = 0;
        try (Connection owner = connect("tomoni_owner", "db.owner.password", false)) {
            owner.setAutoCommit(false);
            for (String t : tenants()) {
                TenantSessionCustomizer.apply(owner, t);
                try (var rs = owner.createStatement().executeQuery("select count(*) from audit_log")) {
                    rs.next();
                    n += rs.getLong(1);
                }
                owner.commit();
            }
        }
        return n;
    }

    private void say(String line) {
        String s = "[bench " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "] " + line;
        System.out.println(s);
        log.println(s);
    }

    private static String seconds(long since) {
        return String.format("%.1f s", (System.nanoTime() - since) / 1e9);
    }

    /** Progress lines go to the console and to target/bench-stack.log. */
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
