package jp.tomoni.bench;

import java.io.PrintStream;
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
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

import jp.tomoni.persistence.TenantSessionCustomizer;

/**
 * The study booking benchmark (issue 7: "booking throughput with 200 concurrent guardians on loopback:
 * report bookings/s and p95; goal p95 &lt; 100 ms with 0 overbooking"). Starts the stack on its own
 * ports, seeds one bench tenant with a partner NPO, a study group of {@code bench.booking.capacity} (6)
 * seats a session and {@code bench.booking.sessions} (3000) sessions, and a family with one 中3 child
 * for each of {@code bench.booking.guardians} (200) guardians, each a Keycloak user of their own. Each
 * guardian is one closed-loop client that books its child into a session: half of the time one of the
 * first {@code bench.booking.hot} (10) sessions (so seats run out and the waitlist and the session lock
 * are contended), otherwise any session. Afterwards every session is checked in the database: no more
 * confirmed children than seats, no seat held twice, no child booked twice, and nobody waiting while a
 * seat is free. Writes {@code target/bench-booking.md}.
 */
public final class BookingBench {
    static final String API = "API booking, no pause";
    static final String PACED = "API booking, guardians pause";
    private static final String PASSWORD = "bench-guardian-1";
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private static final int GUARDIANS = Integer.getInteger("bench.booking.guardians", 200);
    private static final int SESSIONS = Integer.getInteger("bench.booking.sessions", 3000);
    private static final int HOT = Integer.getInteger("bench.booking.hot", 10);
    private static final int CAPACITY = Integer.getInteger("bench.booking.capacity", 6);
    /** The mean pause of a guardian between two bookings on the paced side (exponentially distributed). */
    private static final int PAUSE_MS = Integer.getInteger("bench.booking.pause-ms", 3000);
    private static final Duration WARMUP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 20));
    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.measure", 60));
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final int OFFSET = Integer.getInteger("bench.port-offset", 4000);
    private static final Duration RAMP = Duration.ofSeconds(2);
    static final double P95_GOAL_MS = 100;

    private final Path out;
    private final BenchStack stack;
    private final String tenant = Seeder.tenant(1);
    private final List<UUID> sessions = new ArrayList<>();
    private final List<UUID> children = new ArrayList<>();
    private final LongAdder confirmed = new LongAdder();
    private final LongAdder waitlisted = new LongAdder();

    private BookingBench(Path out, PrintStream log) {
        this.out = out;
        this.stack = new BenchStack(out, "bench-booking", "booking bench", log);
    }

    public static void main(String[] args) throws Exception {
        Bench.main("booking", "bench-booking-stack.log", (root, out, log) -> new BookingBench(out, log).run(root));
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
            BenchKeycloak kc = new BenchKeycloak(stack.launcher().issuer());
            List<String> users = kc.guardians(tenant, GUARDIANS, PASSWORD);
            seed(users);
            facts.put("seeding (tenant, group, sessions, families, Keycloak users)", BenchStack.seconds(t1));
            say("seeded " + SESSIONS + " sessions of " + CAPACITY + " seats and " + GUARDIANS + " guardians with a child each");
            facts.put("database", stack.databaseSettings());

            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(16)).build();
            List<Guardian> guardians = signIn(kc, users);
            CpuUse.Meter cpu = stack.cpuMeter();
            Load.Side side = new Load.Side(API, GUARDIANS, c -> guardians.get(c).client(http, 0));
            Load.Side paced = new Load.Side(PACED, GUARDIANS, c -> guardians.get(c).client(http, PAUSE_MS));
            List<Load.Result> results = Load.inRounds(List.of(side, paced), rnd -> new Load.Params(tenant, null), WARMUP, MEASURE,
                    ROUNDS, RAMP, cpu, this::say);
            side.close();
            paced.close();
            facts.put("answers over the whole run (warm-up included)", String.format("%,d seats, %,d waitlist places",
                    confirmed.sum(), waitlisted.sum()));
            Check check = check();
            facts.put("bookings in the database after the run", check.describe());
            stack.memoryFacts(facts);
            String md = markdown(results, check, facts);
            Files.writeString(out.resolve("bench-booking.md"), md);
            System.out.println();
            System.out.println(Report.consoleTable("booking, " + GUARDIANS + " guardians", results));
            verdicts(results, check).forEach(System.out::println);
            System.out.println("written: " + out.resolve("bench-booking.md"));
        } finally {
            stack.close();
        }
    }

    // ---- the data

    private void seed(List<String> users) throws SQLException {
        try (Connection owner = stack.connect("tomoni_owner", "db.owner.password", true)) {
            Seeder.tenants(owner, 1);
            owner.setAutoCommit(false);
            TenantSessionCustomizer.apply(owner, tenant);
            exec(owner, "insert into agency (tenant_id, alias, name, kind) values (?, 'bench-npo', 'ベンチNPO', 'NPO')", tenant);
            UUID group = UUID.randomUUID();
            exec(owner, "insert into study_group (id, tenant_id, agency, title, grade_from, grade_to, place, capacity, cutoff_hours, "
                    + "reminder_hours, weekday, start_time, minutes, created_at, created_by) values (?, ?, 'bench-npo', '中3 学習会', "
                    + "9, 9, 'ベンチ会館', ?, 24, 24, 1, '18:00', 90, now(), 'bench')", group, tenant, CAPACITY);
            LocalDate first = LocalDate.now(JAPAN).plusDays(3);
            try (PreparedStatement ps = owner.prepareStatement("insert into study_session (id, tenant_id, group_id, series_date, "
                    + "starts_at, minutes, place, capacity) values (?, ?, ?, ?, ?, 90, 'ベンチ会館', ?)")) {
                for (int i = 0; i < SESSIONS; i++) {
                    UUID id = UUID.randomUUID();
                    LocalDate d = first.plusDays(i);
                    ps.setObject(1, id);
                    ps.setString(2, tenant);
                    ps.setObject(3, group);
                    ps.setObject(4, d);
                    ps.setTimestamp(5, Timestamp.from(d.atTime(18, 0).atZone(JAPAN).toInstant()));
                    ps.setInt(6, CAPACITY);
                    ps.addBatch();
                    sessions.add(id);
                }
                ps.executeBatch();
            }
            for (String user : users) {
                UUID member = UUID.randomUUID();
                UUID family = UUID.randomUUID();
                UUID child = UUID.randomUUID();
                exec(owner, "insert into community_member (id, tenant_id, account, shown_name, created_at) values (?, ?, ?, ?, now())",
                        member, tenant, user, "保護者" + user.substring(8, 11));
                exec(owner, "insert into study_family (id, tenant_id, created_at) values (?, ?, now())", family, tenant);
                exec(owner, "insert into study_guardian (member_id, family_id, tenant_id, joined_at) values (?, ?, ?, now())",
                        member, family, tenant);
                exec(owner, "insert into study_child (id, tenant_id, family_id, name, furigana, grade, created_at) "
                        + "values (?, ?, ?, 'こども', 'こども', 9, now())", child, tenant, family);
                children.add(child);
            }
            owner.commit();
            owner.setAutoCommit(true);
            owner.createStatement().execute("analyze");
        }
    }

    private static void exec(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    // ---- the guardians

    private List<Guardian> signIn(BenchKeycloak kc, List<String> users) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Guardian>> f = new ArrayList<>();
            for (int i = 0; i < users.size(); i++) {
                int n = i;
                f.add(pool.submit(() -> new Guardian(kc, users.get(n), children.get(n), n)));
            }
            List<Guardian> out = new ArrayList<>();
            for (Future<Guardian> g : f) {
                out.add(g.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    /** One guardian: their token (signed in again before it expires) and their child. */
    private final class Guardian {
        private final BenchKeycloak kc;
        private final String user;
        private final UUID child;
        private final SplittableRandom rnd;
        private String token;
        private Instant expires;

        Guardian(BenchKeycloak kc, String user, UUID child, int n) {
            this.kc = kc;
            this.user = user;
            this.child = child;
            this.rnd = new SplittableRandom(7_000 + n);
            refresh();
        }

        private void refresh() {
            String[] t = kc.passwordToken(user, PASSWORD);
            token = t[0];
            expires = Instant.parse(t[1]);
        }

        Load.Client client(HttpClient http, int pauseMs) {
            Load.Client send = p -> {
                if (Instant.now().isAfter(expires.minusSeconds(60))) {
                    refresh();
                }
                UUID session = rnd.nextBoolean() ? sessions.get(rnd.nextInt(HOT)) : sessions.get(rnd.nextInt(sessions.size()));
                HttpRequest r = HttpRequest.newBuilder(URI.create(stack.launcher().appUrl() + "/api/t/" + tenant
                                + "/study/sessions/" + session + "/bookings")).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"childId\":\"" + child + "\"}")).build();
                HttpResponse<String> answer = http.send(r, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + answer.statusCode());
                }
                if (answer.body().contains("\"CONFIRMED\"")) {
                    confirmed.increment();
                } else if (answer.body().contains("\"WAITLISTED\"")) {
                    waitlisted.increment();
                } else {
                    return false;
                }
                return true;
            };
            if (pauseMs <= 0) {
                return send;
            }
            return new Load.Client() {
                @Override
                public boolean call(Load.Params p) throws Exception {
                    return send.call(p);
                }

                @Override
                public long pauseNanos(SplittableRandom r) {
                    return (long) (-Math.log(1 - r.nextDouble()) * pauseMs * 1_000_000L);
                }
            };
        }
    }

    // ---- the check

    record Check(long bookings, long confirmed, long waiting, long sessionsFull, long overbooked, long seatTwice,
                 long childTwice, long waitingWithFreeSeat) {
        boolean clean() {
            return overbooked == 0 && seatTwice == 0 && childTwice == 0 && waitingWithFreeSeat == 0;
        }

        String describe() {
            return String.format("%,d bookings (%,d confirmed, %,d waiting); %,d sessions full; sessions overbooked: %d; "
                    + "seats held twice: %d; children booked twice in a session: %d; sessions with someone waiting "
                    + "while a seat is free: %d", bookings, confirmed, waiting, sessionsFull, overbooked, seatTwice, childTwice,
                    waitingWithFreeSeat);
        }
    }

    private Check check() throws SQLException {
        try (Connection c = stack.connect("tomoni_owner", "db.owner.password", false)) {
            c.setAutoCommit(false);
            TenantSessionCustomizer.apply(c, tenant);
            long[] v = new long[8];
            try (ResultSet rs = c.createStatement().executeQuery("""
                    with per as (
                        select s.id, s.capacity,
                               count(*) filter (where b.status = 'CONFIRMED') as confirmed,
                               count(*) filter (where b.status = 'WAITLISTED') as waiting,
                               count(distinct b.seat) filter (where b.status = 'CONFIRMED') as seats,
                               count(*) filter (where b.status in ('CONFIRMED', 'WAITLISTED')) as active,
                               count(distinct b.child_id) filter (where b.status in ('CONFIRMED', 'WAITLISTED')) as children
                          from study_session s left join study_booking b on b.session_id = s.id
                         group by s.id, s.capacity)
                    select coalesce(sum(active), 0), coalesce(sum(confirmed), 0), coalesce(sum(waiting), 0),
                           count(*) filter (where confirmed >= capacity),
                           count(*) filter (where confirmed > capacity),
                           count(*) filter (where seats <> confirmed),
                           count(*) filter (where children <> active),
                           count(*) filter (where waiting > 0 and confirmed < capacity)
                      from per""")) {
                rs.next();
                for (int i = 0; i < 8; i++) {
                    v[i] = rs.getLong(i + 1);
                }
            }
            c.commit();
            return new Check(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
        }
    }

    // ---- the report

    private static List<String> verdicts(List<Load.Result> results, Check check) {
        List<String> out = new ArrayList<>();
        for (Load.Result r : results) {
            double p95 = r.percentileMs(0.95);
            out.add(String.format("%s — p95 < %.0f ms with %d guardians: %s (p95 = %.1f ms, %.0f bookings/s)", r.name(), P95_GOAL_MS,
                    GUARDIANS, p95 < P95_GOAL_MS ? "met" : "NOT met", p95, r.throughput()));
            if (r.errors() > 0) {
                out.add(r.errors() + " requests of " + r.name() + " failed (not counted in the percentiles): " + r.errorKinds());
            }
        }
        out.add("0 overbooking: " + (check.clean() ? "met" : "NOT met") + " (" + check.describe() + ")");
        return out;
    }

    private static String markdown(List<Load.Result> results, Check check, Map<String, Object> facts) {
        StringBuilder s = new StringBuilder("# Study booking benchmark\n\n");
        s.append(String.format("%d guardians, each a Keycloak user with a token of their own and one closed-loop client, book "
                + "their 中3 child through `POST /api/t/{tenant}/study/sessions/{id}/bookings`: half of the requests into one of "
                + "the first %d sessions (full after the first seconds: the waitlist and the session's row lock are contended), "
                + "the rest into any of %,d sessions of %d seats. A repeated booking of the same child answers the place it "
                + "already has. Two sides take turns: on one, every guardian books again as soon as the answer comes (the "
                + "machine's saturation: 200 requests always in flight); on the other, a guardian pauses %,d ms on average "
                + "(exponentially distributed, not timed) between two bookings, as a person on a phone would. Each side: "
                + "%d s warm-up, then %d s measured in %d rounds.%n%n", GUARDIANS, HOT, SESSIONS, CAPACITY, PAUSE_MS,
                WARMUP.toSeconds(), MEASURE.toSeconds(), ROUNDS));
        Report.resultsTable(s, results);
        s.append('\n');
        verdicts(results, check).forEach(v -> s.append("- **").append(v).append("**\n"));
        Report.cpuSection(s, results);
        s.append("\n## Run\n\n");
        facts.forEach((k, v) -> s.append("- ").append(k).append(": ").append(v).append('\n'));
        return s.toString();
    }

    private void say(String line) {
        System.out.println("[booking bench] " + line);
    }
}
