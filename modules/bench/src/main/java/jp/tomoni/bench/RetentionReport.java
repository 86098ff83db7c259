package jp.tomoni.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The retention board bench's figures as a console table and as {@code bench-retention.md}. */
record RetentionReport(int clients, Duration warmup, Duration measure, int rounds, int limit, String seeded,
                       Map<String, Object> facts, List<Load.Result> results) {
    /** Issue 5: the board renders its data in under 200 ms p95 at 10 concurrent users. */
    static final double P95_GOAL_MS = 200;
    static final int GOAL_CLIENTS = 10;

    private Optional<Load.Result> api() {
        return results.stream().filter(r -> r.name().equals(RetentionBoardBench.API)).findFirst();
    }

    String table() {
        StringBuilder s = new StringBuilder(Report.consoleTable("retention, " + clients + " clients", results));
        verdicts().forEach(v -> s.append(v).append('\n'));
        return s.toString();
    }

    private List<String> verdicts() {
        var api = api();
        if (api.isEmpty()) {
            return List.of();
        }
        double p95 = api.get().percentileMs(0.95);
        String verdict = p95 < P95_GOAL_MS ? "met" : "NOT met";
        String line = String.format("p95 < %.0f ms at %d clients: %s (API p95 = %.1f ms at %d clients)", P95_GOAL_MS,
                GOAL_CLIENTS, verdict, p95, clients);
        if (clients != GOAL_CLIENTS) {
            line += String.format(" — measured at %d clients, not the goal's %d: not a verdict on the goal", clients,
                    GOAL_CLIENTS);
        }
        if (api.get().errors() > 0) {
            line += String.format(" — %d API requests failed (not counted in the percentiles)", api.get().errors());
        }
        return List.of(line);
    }

    String markdown() {
        StringBuilder s = new StringBuilder();
        s.append("# Retention board benchmark\n\n");
        s.append(String.format("The retention board (`GET /api/t/{tenant}/retention-board?limit=%d`: every ACTIVE plan of "
                + "the tenant read with one SQL statement, plus the last 30 days' warning signs and the Hello Work share, "
                + "risk judged in Java, sorted, first page of %d rows) for one tenant, %d closed-loop clients, all on the "
                + "same tenant and the same request. Next to it the board's SQL (`JpaEmploymentRepository.BOARD`) alone "
                + "over raw JDBC as `tomoni_app` with the tenant bound, and (diagnostic) the database work of the API's "
                + "transaction over raw JDBC: the audit row, the board's SQL, the recent signs and the Hello Work share. "
                + "Each side: %d s warm-up, then %d s measured in %d rounds the sides take in turn.%n%n",
                limit, limit, clients, warmup.toSeconds(), measure.toSeconds(), rounds));
        s.append("Seeded: ").append(seeded).append(".\n\n");
        Report.resultsTable(s, results);
        s.append('\n');
        verdicts().forEach(v -> s.append("- **").append(v).append("**\n"));
        results.stream().filter(r -> !r.errorKinds().isEmpty())
                .forEach(r -> s.append("- errors of ").append(r.name()).append(": ").append(r.errorKinds()).append('\n'));

        Report.cpuSection(s, results);
        s.append("\n## Run\n\n");
        facts.forEach((k, v) -> s.append("- ").append(k).append(": ").append(v).append('\n'));
        return s.toString();
    }
}
