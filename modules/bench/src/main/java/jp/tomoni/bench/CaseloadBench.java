package jp.tomoni.bench;

import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import jakarta.json.Json;
import jakarta.json.JsonObject;

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
 * {@code bench.client-tenant-index} (false: an experiment, see README.md), {@code bench.which}
 * (all: {@code retention} skips this bench, see {@link Bench#selected}).
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
    private final BenchStack stack;

    private CaseloadBench(Path out, PrintStream log) {
        this.out = out;
        this.stack = new BenchStack(out, "bench", "bench", log);
    }

    public static void main(String[] args) throws Exception {
        Bench.main("caseload", "bench-stack.log", (root, out, log) -> new CaseloadBench(out, log).run(root));
    }

    private void run(Path root) throws Exception {
        Map<String, Object> facts = new java.util.LinkedHashMap<>();
        facts.put("started", LocalDateTime.now().withNano(0).toString());
        facts.put("machine", Runtime.getRuntime().availableProcessors() + " cores, load average at start "
                + CpuUse.currentLoadAverage() + ", JDK " + Runtime.version());
        long t0 = System.nanoTime();
        stack.start(root, OFFSET);
        facts.put("stack start", seconds(t0));
        try {
            long t1 = System.nanoTime();
            seed(facts);
            facts.put("seeding", seconds(t1));
            BenchKeycloak kc = new BenchKeycloak(stack.launcher().issuer());
            kc.arrange(tenants());
            kc.accessToken();
            say("Keycloak: user " + BenchKeycloak.USER + " is consultant in " + TENANTS + " tenants; signed in");
            facts.put("database", stack.databaseSettings());

            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            crossCheck(http, kc);

            CpuUse.Meter cpu = stack.cpuMeter();
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
            stack.memoryFacts(facts);
            facts.put("audit rows", auditRows() + " written in the tenants' hash chains during the run");
            Report report = new Report(CLIENTS, WARMUP, MEASURE, TENANTS, CASES, facts, results);
            String md = report.markdown();
            Files.writeString(out.resolve("bench-caseload.md"), md);
            System.out.println();
            System.out.println(report.table());
            System.out.println("written: " + out.resolve("bench-caseload.md"));
        } finally {
            stack.close();
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
        return stack.connect(user, secret, batch);
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
        return Load.inRounds(sides, rnd -> Load.next(rnd, TENANTS), WARMUP, MEASURE, ROUNDS, RAMP, cpu, this::say);
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
        return stack.launcher().appUrl();
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
        stack.say(line);
    }

    private static String seconds(long since) {
        return BenchStack.seconds(since);
    }
}
