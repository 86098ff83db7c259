package jp.tomoni.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tomoni.application.casework.CaseDates;

/**
 * The national statistics benchmark (issue 10: "a tenant-year of activity (≥ 100,000 events) → a
 * month's statistics in under 2 s and the whole year in under 10 s"). Starts the stack on its own
 * ports, seeds one bench tenant with a year of intakes, screenings, plans with and without employment
 * services, jobs (some changed for better pay), evaluations and referrals, then asks
 * {@code GET /api/t/bench01/statistics} for each of the last twelve months and for the whole twelve
 * months, {@code bench.statistics.repeats} (5) times each, one request at a time, and writes
 * {@code target/bench-statistics.md}. Settings: {@code bench.statistics.cases} (60,000),
 * {@code bench.port-offset} (7000), {@code bench.which} ({@code statistics}).
 */
public final class StatisticsBench {
    private static final int CASES = Integer.getInteger("bench.statistics.cases", 60_000);
    private static final int REPEATS = Integer.getInteger("bench.statistics.repeats", 5);
    private static final int OFFSET = Integer.getInteger("bench.port-offset", 7000);

    private final Path out;
    private final BenchStack stack;
    private final String tenant = Seeder.tenant(1);

    private StatisticsBench(Path out, PrintStream log) {
        this.out = out;
        this.stack = new BenchStack(out, "bench-statistics", "statistics bench", log);
    }

    public static void main(String[] args) throws Exception {
        Bench.main("statistics", "bench-statistics-stack.log", (root, out, log) -> new StatisticsBench(out, log).run(root));
    }

    private void run(Path root) throws Exception {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("machine", Runtime.getRuntime().availableProcessors() + " cores, load average at start "
                + CpuUse.currentLoadAverage() + ", JDK " + Runtime.version());
        long t0 = System.nanoTime();
        stack.start(root, OFFSET);
        facts.put("stack start", BenchStack.seconds(t0));
        try {
            long t1 = System.nanoTime();
            LocalDate today = LocalDate.now(CaseDates.ZONE);
            Map<String, Long> events = seed(today);
            facts.put("seeding (inserts and ANALYZE)", BenchStack.seconds(t1));
            facts.put("the tenant's year", events.toString());
            BenchKeycloak kc = new BenchKeycloak(stack.launcher().issuer());
            kc.arrange(List.of(tenant));
            kc.accessToken();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            YearMonth last = YearMonth.from(today).minusMonths(1);
            YearMonth first = last.minusMonths(11);
            // warm-up: each month once, the year once
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                time(http, kc, m, m);
            }
            time(http, kc, first, last);
            List<Double> months = new ArrayList<>();
            List<Double> years = new ArrayList<>();
            for (int r = 0; r < REPEATS; r++) {
                for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                    months.add(time(http, kc, m, m));
                }
                years.add(time(http, kc, first, last));
            }
            // the same tenant's dashboard and fidelity evidence (last three months, and a year)
            String quarter = "fidelity?from=" + last.minusMonths(2).atDay(1) + "&to=" + last.atEndOfMonth();
            String year = "fidelity?from=" + first.atDay(1) + "&to=" + last.atEndOfMonth();
            for (String warm : List.of("dashboard", quarter, year)) {
                time(http, kc, warm);
            }
            List<Double> dashboards = new ArrayList<>();
            List<Double> quarters = new ArrayList<>();
            List<Double> fidelityYears = new ArrayList<>();
            for (int r = 0; r < REPEATS * 4; r++) {
                dashboards.add(time(http, kc, "dashboard"));
                quarters.add(time(http, kc, quarter));
                fidelityYears.add(time(http, kc, year));
            }
            stack.memoryFacts(facts);
            StringBuilder md = new StringBuilder("# Statistics benchmark\n\n");
            md.append("`GET /api/t/").append(tenant).append("/statistics?from=…&to=…`, one request at a time, after a warm-up.\n\n");
            md.append("| span | requests | median | p95 | max | goal |\n|---|---|---|---|---|---|\n");
            md.append(row("one month", months, "< 2 s")).append(row("twelve months", years, "< 10 s"));
            md.append("\n`GET /api/t/").append(tenant).append("/dashboard` and `…/fidelity?from=&to=` on the same tenant.\n\n");
            md.append("| request | requests | median | p95 | max | goal |\n|---|---|---|---|---|---|\n");
            md.append(row("dashboard", dashboards, "none set")).append(row("fidelity evidence, three months", quarters,
                    "none set")).append(row("fidelity evidence, twelve months", fidelityYears, "none set"));
            md.append("\n");
            facts.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
            Files.writeString(out.resolve("bench-statistics.md"), md.toString());
            System.out.println(md);
        } finally {
            stack.close();
        }
    }

    private static String row(String span, List<Double> ms, String goal) {
        List<Double> s = new ArrayList<>(ms);
        Collections.sort(s);
        return String.format("| %s | %d | %.0f ms | %.0f ms | %.0f ms | %s |%n", span, s.size(), s.get(s.size() / 2),
                s.get((int) Math.ceil(s.size() * 0.95) - 1), s.get(s.size() - 1), goal);
    }

    private double time(HttpClient http, BenchKeycloak kc, YearMonth from, YearMonth to) throws Exception {
        return time(http, kc, "statistics?from=" + from + "&to=" + to);
    }

    private double time(HttpClient http, BenchKeycloak kc, String path) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(stack.launcher().appUrl() + "/api/t/" + tenant
                        + "/" + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + kc.accessToken()).header("Accept", "application/json").GET().build();
        long t = System.nanoTime();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - t) / 1e6;
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode() + " " + r.body());
        }
        return ms;
    }

    /** A year of activity in one statement per table, dated over the twelve months before this one. */
    private Map<String, Long> seed(LocalDate today) throws SQLException {
        LocalDate start = YearMonth.from(today).minusMonths(12).atDay(1);
        try (Connection owner = stack.connect("tomoni_owner", "db.owner.password", true)) {
            Seeder.tenants(owner, 1);
            owner.setAutoCommit(false);
            try (Statement st = owner.createStatement()) {
                st.execute("select set_config('tomoni.tenant_id', '" + tenant + "', true)");
                String d = "date '" + start + "'";
                int n = CASES;
                st.execute("insert into client (id, tenant_id, family_name, created_at, updated_at) "
                        + "select md5('c' || i)::uuid, '" + tenant + "', '統計' || i, now(), now() from generate_series(1, " + (n * 4 / 5) + ") i");
                // cases: a person may come twice; a third are screened INFO_ONLY or REFERRED a few days after receipt
                st.execute("insert into support_case (id, tenant_id, case_number, client_id, status, worker, received_on, received_by,"
                        + " visitor_kind, problem_areas, main_problem, complaint, poverty_related, screening, screened_on, created_at, updated_at)"
                        + " select md5('k' || i)::uuid, '" + tenant + "', 'B-' || i, md5('c' || (1 + i % " + (n * 4 / 5) + "))::uuid,"
                        + " case i % 6 when 0 then 'INFO_ONLY' when 1 then 'REFERRED' else 'IN_SUPPORT' end, 'bench.consultant',"
                        + " " + d + " + (i % 365), 'bench.consultant', 'SELF', 'INCOME', 'INCOME', '生活が苦しい', true,"
                        + " case i % 6 when 0 then 'INFO_ONLY' when 1 then 'REFERRED' when 2 then 'PLAN' else null end,"
                        + " case when i % 6 < 3 then " + d + " + (i % 365) + 3 end, now(), now() from generate_series(1, " + n + ") i");
                st.execute("insert into referral (id, tenant_id, case_id, destination, sent_on, due_on, status, updated_by, created_at)"
                        + " select md5('r' || i)::uuid, '" + tenant + "', md5('k' || i)::uuid, case when i % 12 = 1 then 'PUBLIC_ASSISTANCE'"
                        + " else 'HELLO_WORK' end, " + d + " + (i % 365) + 3, " + d + " + (i % 365) + 17, 'ACCEPTED', 'bench', now()"
                        + " from generate_series(1, " + n + ") i where i % 6 = 1");
                // plans for the PLAN cases; every second one with an employment service (4), some as 促進事業
                st.execute("insert into plan (id, tenant_id, case_id, plan_number, revision, plan_date, author, applied_services_signed,"
                        + " loan_present, promotion_present, status, created_at, created_by, updated_at, updated_by)"
                        + " select md5('p' || i)::uuid, '" + tenant + "', md5('k' || i)::uuid, 1, 0, " + d + " + (i % 365) + 10,"
                        + " 'bench', true, false, i % 24 = 2, case when i % 30 = 2 then 'DRAFT' else 'IN_DELIVERY' end, now(), 'bench',"
                        + " now(), 'bench' from generate_series(1, " + n + ") i where i % 6 = 2");
                st.execute("insert into plan_service (tenant_id, plan_id, position, service_number, present)"
                        + " select '" + tenant + "', md5('p' || i)::uuid, 0, case when i % 12 = 2 then 4 else 1 end, true"
                        + " from generate_series(1, " + n + ") i where i % 6 = 2");
                // jobs: a third of the plan holders start work; a tenth of those change to a better-paid job
                st.execute("insert into employment (id, tenant_id, case_id, employer, job, started_on, wage, ended_on, end_kind,"
                        + " created_at, created_by) select md5('e' || i)::uuid, '" + tenant + "', md5('k' || i)::uuid, '企業', '仕事',"
                        + " " + d + " + (i % 365) + 20, 150000, case when i % 180 = 2 then " + d + " + (i % 365) + 50 end,"
                        + " case when i % 180 = 2 then 'CHANGE' end, now(), 'bench' from generate_series(1, " + n + ") i where i % 18 = 2");
                st.execute("insert into employment (id, tenant_id, case_id, employer, job, started_on, wage, follows, created_at,"
                        + " created_by) select md5('f' || i)::uuid, '" + tenant + "', md5('k' || i)::uuid, '別の企業', '仕事',"
                        + " " + d + " + (i % 365) + 51, 180000, md5('e' || i)::uuid, now(), 'bench'"
                        + " from generate_series(1, " + n + ") i where i % 180 = 2");
                st.execute("insert into evaluation (id, tenant_id, case_id, plan_id, evaluated_on, person_attainment, worker_attainment,"
                        + " improvements, created_at, created_by) select md5('v' || i)::uuid, '" + tenant + "', md5('k' || i)::uuid,"
                        + " md5('p' || i)::uuid, " + d + " + (i % 365) + 40, 'PARTLY', 'PARTLY',"
                        + " case when i % 4 = 2 then 'incomeIncreased,motivationImproved' else 'motivationImproved' end, now(), 'bench'"
                        + " from generate_series(1, " + n + ") i where i % 12 = 2");
                owner.commit();
                Map<String, Long> counts = new LinkedHashMap<>();
                st.execute("select set_config('tomoni.tenant_id', '" + tenant + "', true)");
                for (String[] q : new String[][] {{"intakes", "select count(*) from support_case"},
                        {"screenings", "select count(*) from support_case where screened_on is not null"},
                        {"plans", "select count(*) from plan"}, {"plan services", "select count(*) from plan_service"},
                        {"jobs", "select count(*) from employment"}, {"evaluations", "select count(*) from evaluation"},
                        {"referrals", "select count(*) from referral"}}) {
                    try (ResultSet rs = st.executeQuery(q[1])) {
                        rs.next();
                        counts.put(q[0], rs.getLong(1));
                    }
                }
                // the person events the statistics read for the year, with the very statement the app runs
                try (var ps = owner.prepareStatement("select count(*) from (" + jp.tomoni.persistence.JdbcStatistics.EVENTS
                        + ") e")) {
                    java.sql.Date from = java.sql.Date.valueOf(start);
                    java.sql.Date to = java.sql.Date.valueOf(YearMonth.from(today).minusMonths(1).atEndOfMonth());
                    Object[] args = {from, to, from, to, to, from, to, from, to, from, to, from, to, from, to};
                    for (int i = 0; i < args.length; i++) {
                        ps.setDate(i + 1, (java.sql.Date) args[i]);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        counts.put("person events read for the twelve months", rs.getLong(1));
                    }
                }
                owner.commit();
                owner.setAutoCommit(true);
                st.execute("analyze");
                return counts;
            }
        }
    }
}
