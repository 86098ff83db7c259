package jp.tomoni.bench;

import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.domain.casework.CodeListConverter;
import jp.tomoni.domain.employment.RetentionRisk;
import jp.tomoni.domain.employment.RiskLevel;
import jp.tomoni.domain.employment.SignsSeen;
import jp.tomoni.domain.employment.WarningSign;
import jp.tomoni.persistence.JpaEmploymentRepository;
import jp.tomoni.persistence.TenantSessionCustomizer;

/**
 * The retention board benchmark (issue 5: "the retention board for a tenant with 5,000 people in
 * retention and 60,000 contacts renders its data in under 200 ms p95 at 10 concurrent users").
 * Starts the stack as {@link CaseloadBench} does (its own ports and data folder), seeds one bench
 * tenant with people in retention support ({@link RetentionSeeder}), arranges the Keycloak user who
 * is consultant in it, then measures {@code GET /api/t/bench01/retention-board?limit=100} and the
 * board's SQL ({@code JpaEmploymentRepository.BOARD}) over raw JDBC as the application role with
 * the tenant bound, and writes {@code target/bench-retention.md}.
 *
 * <p>Settings (system properties): {@code bench.clients} (10), {@code bench.warmup} and
 * {@code bench.measure} in seconds (20, 60), {@code bench.rounds} (3), {@code bench.port-offset}
 * (3000, added to the integration tests' ports), {@code bench.retention.people} (5000),
 * {@code bench.retention.contacts} (60000), {@code bench.retention.limit} (100, the page size asked
 * for), {@code bench.retention.jdbc-full} (true: also measure the database work of the API's
 * transaction over JDBC), {@code bench.which} (all: {@code caseload} skips this bench).
 */
public final class RetentionBoardBench {
    static final String API = "API";
    static final String JDBC = "JDBC board SQL";
    static final String JDBC_FULL = "JDBC API's reads";

    private static final int CLIENTS = Integer.getInteger("bench.clients", 10);
    private static final Duration WARMUP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 20));
    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.measure", 60));
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final int OFFSET = Integer.getInteger("bench.port-offset", 3000);
    private static final int PEOPLE = Integer.getInteger("bench.retention.people", 5000);
    private static final int CONTACTS = Integer.getInteger("bench.retention.contacts", 60000);
    private static final int LIMIT = Integer.getInteger("bench.retention.limit", 100);
    private static final boolean JDBC_FULL_SIDE = Boolean.parseBoolean(System.getProperty("bench.retention.jdbc-full", "true"));
    private static final Duration RAMP = Duration.ofSeconds(2);

    /** Mirrors {@code JpaEmploymentRepository#signsSince}: the recent contacts with signs of active plans. */
    static final String SIGNS_SQL = "select r.plan_id, r.contacted_on, r.signs from retention_contact r "
            + "join retention_plan p on p.id = r.plan_id and p.status = 'ACTIVE' "
            + "where r.contacted_on >= ? and r.signs <> ''";
    /** Mirrors {@code JpaEmploymentRepository#helloWorkShare}. */
    static final String SHARE_SQL = """
            select count(*), count(s.hello_work_on)
              from (select case_id from employment_support union select case_id from employment) u
              left join employment_support s on s.case_id = u.case_id""";

    private final Path out;
    private final BenchStack stack;
    private final String tenant = Seeder.tenant(1);
    /** The board's statement, the very text {@code activePlans} runs. */
    private final String boardSql = JpaEmploymentRepository.BOARD;
    private final LongAdder apiBytes = new LongAdder();
    private final LongAdder apiResponses = new LongAdder();

    private RetentionBoardBench(Path out, PrintStream log) {
        this.out = out;
        this.stack = new BenchStack(out, "bench-retention", "retention bench", log);
    }

    public static void main(String[] args) throws Exception {
        Bench.main("retention", "bench-retention-stack.log", (root, out, log) -> new RetentionBoardBench(out, log).run(root));
    }

    private void run(Path root) throws Exception {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("started", LocalDateTime.now().withNano(0).toString());
        facts.put("machine", Runtime.getRuntime().availableProcessors() + " cores, load average at start "
                + CpuUse.currentLoadAverage() + ", JDK " + Runtime.version());
        long t0 = System.nanoTime();
        stack.start(root, OFFSET);
        facts.put("stack start", BenchStack.seconds(t0));
        try {
            long t1 = System.nanoTime();
            String seeded = seed();
            facts.put("seeding (inserts and ANALYZE)", BenchStack.seconds(t1));
            BenchKeycloak kc = new BenchKeycloak(stack.launcher().issuer());
            kc.arrange(List.of(tenant));
            kc.accessToken();
            say("Keycloak: user " + BenchKeycloak.USER + " is consultant in " + tenant + "; signed in");
            facts.put("database", stack.databaseSettings());

            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            crossCheck(http, kc, facts);

            CpuUse.Meter cpu = stack.cpuMeter();
            List<Load.Side> sides = new ArrayList<>();
            sides.add(new Load.Side(API, CLIENTS, c -> apiClient(http, kc)));
            sides.add(new Load.Side(JDBC, CLIENTS, c -> jdbcClient(false)));
            if (JDBC_FULL_SIDE) {
                sides.add(new Load.Side(JDBC_FULL, CLIENTS, c -> jdbcClient(true)));
            }
            Load.Params request = new Load.Params(tenant, null);
            List<Load.Result> results = Load.inRounds(sides, rnd -> request, WARMUP, MEASURE, ROUNDS, RAMP, cpu, this::say);
            for (Load.Side side : sides) {
                side.close();
            }
            long responses = apiResponses.sum();
            facts.put("API response size, mean over all API requests (warm-up included)", responses == 0 ? "-"
                    : String.format("%,d bytes", apiBytes.sum() / responses));
            facts.put("plan of the board's SQL (" + tenant + ", whole team) as tomoni_app",
                    "\n\n```\n" + explain(boardSql, true) + "```\n");
            facts.put("plan of the recent signs (last " + RetentionRisk.WINDOW_DAYS + " days) as tomoni_app",
                    "\n\n```\n" + explain(SIGNS_SQL, false) + "```\n");
            stack.memoryFacts(facts);
            facts.put("audit rows", auditRows() + " in " + tenant + "'s hash chain after the run (one per API request;"
                    + (JDBC_FULL_SIDE ? " one per \"" + JDBC_FULL + "\" request;" : "") + " the chain is per tenant, "
                    + "behind an advisory lock held until each transaction ends)");
            RetentionReport report = new RetentionReport(CLIENTS, WARMUP, MEASURE, ROUNDS, LIMIT, seeded, facts, results);
            Files.writeString(out.resolve("bench-retention.md"), report.markdown());
            System.out.println();
            System.out.println(report.table());
            System.out.println("written: " + out.resolve("bench-retention.md"));
        } finally {
            stack.close();
        }
    }

    private String seed() throws SQLException {
        try (Connection owner = stack.connect("tomoni_owner", "db.owner.password", true)) {
            Seeder.tenants(owner, 1);
            long t = System.nanoTime();
            RetentionSeeder.Counts n = RetentionSeeder.seed(owner, tenant, PEOPLE, CONTACTS,
                    LocalDate.now(CaseDates.ZONE), Instant.now());
            say("seeded in " + BenchStack.seconds(t) + ": " + n.describe());
            t = System.nanoTime();
            RetentionSeeder.analyze(owner);
            say("analyze: " + BenchStack.seconds(t));
            return n.describe();
        }
    }

    private URI boardUri() {
        return URI.create(stack.launcher().appUrl() + "/api/t/" + tenant + "/retention-board?limit=" + LIMIT);
    }

    private HttpRequest apiRequest(String token) {
        return HttpRequest.newBuilder(boardUri()).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
    }

    private Load.Client apiClient(HttpClient http, BenchKeycloak kc) {
        return p -> {
            HttpResponse<byte[]> r = http.send(apiRequest(kc.accessToken()), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + r.statusCode());
            }
            apiBytes.add(r.body().length);
            apiResponses.increment();
            return r.body().length > 0 && r.body()[0] == '{';
        };
    }

    private Load.Client jdbcClient(boolean full) {
        try {
            return new JdbcClient(stack.connect("tomoni_app", "db.app.password", false), boardSql, full);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One connection per client, as the application role: per request a transaction that binds the
     * tenant, runs the board's statement and reads every column of every row. {@code full}: as the
     * API's transaction does it — first the audit row, then the board's statement, the recent
     * signs and the Hello Work share (the risk judgement and the sort, in Java, are left out).
     */
    private static final class JdbcClient implements Load.Client {
        private final Connection c;
        private final String board;
        private final boolean full;

        JdbcClient(Connection c, String board, boolean full) throws SQLException {
            this.c = c;
            this.board = board;
            this.full = full;
            c.setAutoCommit(false);
        }

        @Override
        public boolean call(Load.Params p) throws SQLException {
            int plans;
            try {
                TenantSessionCustomizer.apply(c, p.tenant());
                Instant now = Instant.now();
                if (full) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "insert into audit_log (tenant_id, actor, action, entity_type, entity_id) values (?, ?, ?, ?, ?)")) {
                        ps.setString(1, p.tenant());
                        ps.setString(2, "bench-jdbc");
                        ps.setString(3, "list");
                        ps.setString(4, "retention-board");
                        ps.setString(5, "all");
                        ps.executeUpdate();
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(board)) {
                    ps.setTimestamp(1, Timestamp.from(now));
                    plans = readAll(ps);
                }
                if (full) {
                    try (PreparedStatement ps = c.prepareStatement(SIGNS_SQL)) {
                        ps.setDate(1, Date.valueOf(signsFrom(now)));
                        readAll(ps);
                    }
                    try (PreparedStatement ps = c.prepareStatement(SHARE_SQL)) {
                        readAll(ps);
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
            // no rows would mean the tenant was not bound
            return plans > 0;
        }

        private static int readAll(PreparedStatement ps) throws SQLException {
            int rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                    rows++;
                }
            }
            return rows;
        }

        @Override
        public void close() throws SQLException {
            c.close();
        }
    }

    /** The first day whose signs count, as {@code RetentionBoard#read} computes it. */
    private static LocalDate signsFrom(Instant now) {
        return LocalDate.ofInstant(now, CaseDates.ZONE).minusDays(RetentionRisk.WINDOW_DAYS - 1L);
    }

    /** One board row as the cross-check recomputes it from JDBC. */
    private record Row(String caseId, String caseNumber, Instant nextDue, RiskLevel level) {
    }

    /**
     * Before measuring: the API's board (counts, and the case ids of the first page in order) equals
     * what the same statements over JDBC give when the risk is judged and sorted as
     * {@code RetentionBoard} does. Tried twice (a promise falling due between the two reads could
     * change one row); the run stops if they still differ. Also records the board's figures.
     */
    private void crossCheck(HttpClient http, BenchKeycloak kc, Map<String, Object> facts) throws Exception {
        String difference = null;
        for (int attempt = 1; attempt <= 2; attempt++) {
            HttpResponse<byte[]> r = http.send(apiRequest(kc.accessToken()), HttpResponse.BodyHandlers.ofByteArray());
            String body = new String(r.body(), StandardCharsets.UTF_8);
            if (r.statusCode() != 200) {
                throw new IllegalStateException("API answered " + r.statusCode() + " to " + boardUri() + ": " + body);
            }
            JsonObject api;
            try (var reader = Json.createReader(new StringReader(body))) {
                api = reader.readObject();
            }
            List<String> apiIds = new ArrayList<>();
            api.getJsonArray("rows").getValuesAs(JsonObject.class).forEach(o -> apiIds.add(o.getString("caseId")));
            List<Row> expected = expectedBoard();
            long high = expected.stream().filter(x -> x.level() == RiskLevel.HIGH).count();
            long watch = expected.stream().filter(x -> x.level() == RiskLevel.WATCH).count();
            List<String> ids = expected.stream().limit(LIMIT).map(Row::caseId).toList();
            List<String> problems = new ArrayList<>();
            if (api.getInt("total") != expected.size()) {
                problems.add("total: API " + api.getInt("total") + ", JDBC " + expected.size());
            }
            if (api.getInt("high") != high || api.getInt("watch") != watch) {
                problems.add("high/watch: API " + api.getInt("high") + "/" + api.getInt("watch") + ", JDBC " + high + "/" + watch);
            }
            if (!apiIds.equals(ids)) {
                problems.add("first page differs (API " + apiIds.size() + " rows, JDBC " + ids.size() + ")");
            }
            if (problems.isEmpty()) {
                facts.put("board", String.format("%,d plans: %,d HIGH, %,d WATCH, %,d LOW (as the API judged them); "
                                + "first page %d rows; Hello Work share %.1f %% of %,d users", expected.size(), high, watch,
                        expected.size() - high - watch, apiIds.size(), api.getJsonNumber("helloWorkShare").doubleValue() * 100,
                        api.getJsonNumber("employmentSupportUsers").longValue()));
                facts.put("API response size (cross-check request)", String.format("%,d bytes of JSON for %d rows "
                        + "(uncompressed: the client asks for no gzip)", r.body().length, apiIds.size()));
                say("cross-check: API and JDBC agree (" + expected.size() + " plans, " + high + " HIGH, " + watch
                        + " WATCH; first page of " + apiIds.size() + " rows in the same order; " + r.body().length + " bytes)");
                return;
            }
            difference = String.join("; ", problems);
            say("cross-check attempt " + attempt + ": " + difference);
        }
        throw new IllegalStateException("API and JDBC disagree about the retention board: " + difference);
    }

    /** The whole board from the same statements over JDBC, judged and sorted as RetentionBoard does. */
    private List<Row> expectedBoard() throws SQLException {
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, CaseDates.ZONE);
        List<Row> rows = new ArrayList<>();
        try (Connection c = stack.connect("tomoni_app", "db.app.password", false)) {
            c.setAutoCommit(false);
            TenantSessionCustomizer.apply(c, tenant);
            Map<String, List<SignsSeen>> signs = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(SIGNS_SQL)) {
                ps.setDate(1, Date.valueOf(signsFrom(now)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        var codes = new CodeListConverter().convertToEntityAttribute(rs.getString(3));
                        signs.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new SignsSeen(
                                rs.getDate(2).toLocalDate(), CodeListConverter.values(WarningSign.class, codes)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(boardSql)) {
                ps.setTimestamp(1, Timestamp.from(now));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Timestamp due = rs.getTimestamp(11);
                        RiskLevel level = RetentionRisk.assess(signs.getOrDefault(rs.getString(1), List.of()),
                                rs.getInt(12), today).level();
                        rows.add(new Row(rs.getString(2), rs.getString(3), due == null ? null : due.toInstant(), level));
                    }
                }
            }
            c.rollback();
        }
        rows.sort(Comparator.comparing(Row::level).reversed()
                .thenComparing(Row::nextDue, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Row::caseNumber));
        return rows;
    }

    /** EXPLAIN ANALYZE of the board's statement or of the recent signs, as the app role with the tenant bound. */
    private String explain(String sql, boolean board) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Connection c = stack.connect("tomoni_app", "db.app.password", false)) {
            c.setAutoCommit(false);
            TenantSessionCustomizer.apply(c, tenant);
            try (PreparedStatement ps = c.prepareStatement("explain (analyze, buffers, costs off) " + sql)) {
                Instant now = Instant.now();
                if (board) {
                    ps.setTimestamp(1, Timestamp.from(now));
                } else {
                    ps.setDate(1, Date.valueOf(signsFrom(now)));
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

    private long auditRows() throws SQLException {
        try (Connection owner = stack.connect("tomoni_owner", "db.owner.password", false)) {
            owner.setAutoCommit(false);
            TenantSessionCustomizer.apply(owner, tenant);
            try (var rs = owner.createStatement().executeQuery("select count(*) from audit_log")) {
                rs.next();
                long n = rs.getLong(1);
                owner.commit();
                return n;
            }
        }
    }

    private void say(String line) {
        stack.say(line);
    }
}
