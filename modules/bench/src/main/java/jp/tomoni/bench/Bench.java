package jp.tomoni.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Which benchmarks a run makes: {@code bench.which} is {@code all} (the default), {@code caseload},
 * {@code retention}, {@code booking}, {@code directory} or {@code statistics}, or a comma-separated list. The {@code bench} profile starts every bench's
 * main class; one that is not selected returns at once.
 */
final class Bench {
    private static final java.util.Set<String> KNOWN = java.util.Set.of("all", "caseload", "retention", "booking", "directory", "statistics");

    private Bench() {
    }

    static boolean selected(String bench) {
        String which = System.getProperty("bench.which", "all").trim();
        for (String w : which.split(",")) {
            if (!w.isBlank() && !KNOWN.contains(w.trim().toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("bench.which=" + which + ": expected all, caseload, retention, booking, directory or statistics");
            }
        }
        boolean yes = which.isEmpty() || Arrays.stream(which.split(","))
                .map(String::trim).anyMatch(w -> w.equalsIgnoreCase("all") || w.equalsIgnoreCase(bench));
        if (!yes) {
            System.out.println("[bench] " + bench + " bench skipped (bench.which=" + which + ")");
        }
        return yes;
    }

    /** One bench's run: the working copy's root, the output folder and the stack's log there. */
    interface Run {
        void run(Path root, Path out, PrintStream stackLog) throws Exception;
    }

    /**
     * A bench's main: if it is selected, runs it with {@code tomoni.root}, {@code bench.output} and the stack's
     * log in {@code logName}, then exits (OpenSearch runs in this JVM and leaves non-daemon threads behind).
     */
    static void main(String bench, String logName, Run run) throws Exception {
        if (!selected(bench)) {
            return;
        }
        Path root = Path.of(System.getProperty("tomoni.root", ".")).toAbsolutePath().normalize();
        Path out = Path.of(System.getProperty("bench.output", root.resolve("modules/bench/target").toString()));
        Files.createDirectories(out);
        try (PrintStream log = new PrintStream(Files.newOutputStream(out.resolve(logName)), true)) {
            run.run(root, out, log);
        }
        System.exit(0);
    }
}
