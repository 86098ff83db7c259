package jp.tomoni.bench;

import java.util.Arrays;

/**
 * Which benchmarks a run makes: {@code bench.which} is {@code all} (the default), {@code caseload},
 * {@code retention} or {@code booking}, or a comma-separated list. The {@code bench} profile starts every bench's
 * main class; one that is not selected returns at once.
 */
final class Bench {
    private static final java.util.Set<String> KNOWN = java.util.Set.of("all", "caseload", "retention", "booking", "directory");

    private Bench() {
    }

    static boolean selected(String bench) {
        String which = System.getProperty("bench.which", "all").trim();
        for (String w : which.split(",")) {
            if (!w.isBlank() && !KNOWN.contains(w.trim().toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("bench.which=" + which + ": expected all, caseload, retention, booking or directory");
            }
        }
        boolean yes = which.isEmpty() || Arrays.stream(which.split(","))
                .map(String::trim).anyMatch(w -> w.equalsIgnoreCase("all") || w.equalsIgnoreCase(bench));
        if (!yes) {
            System.out.println("[bench] " + bench + " bench skipped (bench.which=" + which + ")");
        }
        return yes;
    }
}
