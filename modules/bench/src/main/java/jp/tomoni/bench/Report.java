package jp.tomoni.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The caseload bench's figures as a console table and as {@code bench-caseload.md}. */
record Report(int clients, Duration warmup, Duration measure, int tenants, int cases, Map<String, Object> facts,
              List<Load.Result> results) {
    static final double RATIO_GOAL = 0.50;
    static final double P95_GOAL_MS = 50;

    private Optional<Load.Result> result(String name) {
        return results.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    String table() {
        StringBuilder s = new StringBuilder(consoleTable("caseload, " + clients + " clients", results));
        verdicts().forEach(v -> s.append(v).append('\n'));
        return s.toString();
    }

    /** The console's table of the sides' figures, {@code label} in the top left corner. */
    static String consoleTable(String label, List<Load.Result> results) {
        StringBuilder s = new StringBuilder();
        s.append(String.format("%-18s %9s %9s %9s %9s %9s %9s %7s%n", label, "requests",
                "req/s", "mean ms", "p50 ms", "p95 ms", "p99 ms", "errors"));
        for (Load.Result r : results) {
            s.append(String.format("%-18s %9d %9.1f %9.2f %9.2f %9.2f %9.2f %7d%n", r.name(), r.count(), r.throughput(),
                    r.meanMs(), r.percentileMs(0.50), r.percentileMs(0.95), r.percentileMs(0.99), r.errors()));
        }
        return s.toString();
    }

    private List<String> verdicts() {
        var api = result("API");
        var jdbc = result("JDBC");
        if (api.isEmpty() || jdbc.isEmpty()) {
            return List.of();
        }
        double ratio = api.get().throughput() / jdbc.get().throughput();
        double p95 = api.get().percentileMs(0.95);
        return List.of(
                String.format("API throughput = %.1f %% of raw JDBC (goal >= %.0f %%): %s", ratio * 100, RATIO_GOAL * 100,
                        ratio >= RATIO_GOAL ? "MET" : "MISSED"),
                String.format("API p95 = %.1f ms at %d clients (goal < %.0f ms): %s", p95, clients, P95_GOAL_MS,
                        p95 < P95_GOAL_MS ? "MET" : "MISSED"));
    }

    String markdown() {
        StringBuilder s = new StringBuilder();
        s.append("# Caseload benchmark\n\n");
        s.append(String.format("The caseload list (50 rows, random tenant, filter, sort and page; RLS on) through `GET "
                + "/api/t/{tenant}/cases` and the same SQL over raw JDBC as `tomoni_app`, %d closed-loop clients, "
                + "%d tenants × %d cases. Each side: %d s warm-up, then %d s measured in rounds the sides take in turn.%n%n",
                clients, tenants, cases, warmup.toSeconds(), measure.toSeconds()));
        resultsTable(s, results);
        s.append('\n');
        verdicts().forEach(v -> s.append("- ").append(v).append('\n'));
        results.stream().filter(r -> !r.errorKinds().isEmpty())
                .forEach(r -> s.append("- errors of ").append(r.name()).append(": ").append(r.errorKinds()).append('\n'));

        cpuSection(s, results);
        s.append("\n## Run\n\n");
        facts.forEach((k, v) -> s.append("- ").append(k).append(": ").append(v).append('\n'));
        return s.toString();
    }

    /** The measured figures of each side, as a markdown table. */
    static void resultsTable(StringBuilder s, List<Load.Result> results) {
        s.append("| side | requests | req/s | mean ms | p50 ms | p95 ms | p99 ms | max ms | errors |\n");
        s.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Load.Result r : results) {
            s.append(String.format("| %s | %d | %.1f | %.2f | %.2f | %.2f | %.2f | %.1f | %d |%n", r.name(), r.count(),
                    r.throughput(), r.meanMs(), r.percentileMs(0.50), r.percentileMs(0.95), r.percentileMs(0.99),
                    r.percentileMs(1.0), r.errors()));
        }
    }

    /** The section "Where the CPU went", from each result's CPU use (columns as {@link BenchStack#cpuMeter} names them). */
    static void cpuSection(StringBuilder s, List<Load.Result> results) {
        s.append("\n## Where the CPU went (cores busy during each measured window)\n\n");
        List<String> names = results.isEmpty() ? List.of() : List.copyOf(results.get(0).cpu().coresUsed().keySet());
        s.append("| side | machine busy | load avg |");
        names.forEach(n -> s.append(' ').append(n).append(" |"));
        s.append(" everything else (Keycloak, other work on the machine) | CPU ms per request (Payara + PostgreSQL) |\n|---|---:|---:|");
        names.forEach(n -> s.append("---:|"));
        s.append("---:|---:|\n");
        for (Load.Result r : results) {
            CpuUse c = r.cpu();
            double ours = c.coresUsed().values().stream().mapToDouble(Double::doubleValue).sum();
            double serverSide = c.coresUsed().getOrDefault("Payara", 0.0) + c.coresUsed().getOrDefault("PostgreSQL", 0.0);
            s.append(String.format("| %s | %.0f %% of %d | %.1f |", r.name(), c.machineBusy() * 100, c.cores(), c.loadAverage()));
            names.forEach(n -> s.append(String.format(" %.2f |", c.coresUsed().getOrDefault(n, 0.0))));
            s.append(String.format(" %.2f | %.2f |%n", Math.max(0, c.machineBusy() * c.cores() - ours),
                    serverSide * 1000 / r.throughput()));
        }
    }
}
