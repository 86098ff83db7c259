package jp.tomoni.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Where the CPU went during a measured window, from {@code /proc}: the whole machine (all cores,
 * including other people's work), and named process trees (Payara, PostgreSQL, the bench itself).
 * Figures are in cores (CPU seconds per second); the machine's busy share is of all cores.
 */
record CpuUse(int cores, double machineBusy, double loadAverage, Map<String, Double> coresUsed) {
    private static final double TICKS = 100.0; // USER_HZ on Linux

    record Snapshot(long nanos, long busyTicks, long totalTicks, Map<String, Long> ticks) {
    }

    /** Takes snapshots of the machine and of process trees given by their root pid (looked up each time). */
    static final class Meter {
        private final Map<String, Supplier<Long>> roots = new LinkedHashMap<>();
        private final Map<String, Boolean> wholeTree = new LinkedHashMap<>();

        /** A process and its descendants (PostgreSQL: postmaster and backends). */
        Meter add(String name, Supplier<Long> rootPid) {
            roots.put(name, rootPid);
            wholeTree.put(name, true);
            return this;
        }

        /**
         * One process alone, not its children: the bench JVM is the parent of Payara and Keycloak
         * (the launcher starts them), so its tree would count Payara twice.
         */
        Meter addProcess(String name, Supplier<Long> pid) {
            roots.put(name, pid);
            wholeTree.put(name, false);
            return this;
        }

        Snapshot snapshot() {
            long[] machine = machine();
            Map<String, Long> ticks = new LinkedHashMap<>();
            roots.forEach((name, pid) -> ticks.put(name, wholeTree.get(name) ? treeTicks(pid.get()) : ownTicks(pid.get())));
            return new Snapshot(System.nanoTime(), machine[0], machine[1], ticks);
        }
    }

    static CpuUse between(Snapshot a, Snapshot b) {
        double seconds = (b.nanos() - a.nanos()) / 1e9;
        Map<String, Double> used = new LinkedHashMap<>();
        b.ticks().forEach((name, t) -> used.put(name, (t - a.ticks().getOrDefault(name, 0L)) / TICKS / seconds));
        long total = b.totalTicks() - a.totalTicks();
        double busy = total == 0 ? Double.NaN : (double) (b.busyTicks() - a.busyTicks()) / total;
        return new CpuUse(Runtime.getRuntime().availableProcessors(), busy, currentLoadAverage(), used);
    }

    /** {busy, total} jiffies of all cores. */
    private static long[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    static double currentLoadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * CPU of a process tree: the root's own time and that of its children that ended and were
     * waited for (PostgreSQL's autovacuum workers, closed backends), plus its live descendants' own time.
     */
    private static long treeTicks(Long root) {
        if (root == null || root <= 0) {
            return 0;
        }
        return ProcessHandle.of(root).map(h -> ticks(root, true) + h.descendants()
                .mapToLong(p -> ticks(p.pid(), false)).sum()).orElse(0L);
    }

    private static long ownTicks(Long pid) {
        return pid == null || pid <= 0 ? 0 : ticks(pid, false);
    }

    private static long ticks(long pid, boolean withEndedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14-17 of proc(5): utime, stime, cutime, cstime
            long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return withEndedChildren ? t + Long.parseLong(f[13]) + Long.parseLong(f[14]) : t;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Several windows as one, each weighted by its length. */
    static CpuUse weighted(java.util.List<CpuUse> parts, java.util.List<Double> seconds) {
        double total = seconds.stream().mapToDouble(Double::doubleValue).sum();
        double busy = 0;
        double load = 0;
        Map<String, Double> used = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            double w = seconds.get(i) / total;
            CpuUse p = parts.get(i);
            busy += p.machineBusy() * w;
            load += p.loadAverage() * w;
            p.coresUsed().forEach((k, v) -> used.merge(k, v * w, Double::sum));
        }
        return new CpuUse(parts.isEmpty() ? 0 : parts.get(0).cores(), busy, load, used);
    }

    /** A line of {@code /proc/<pid>/status} in MiB (VmRSS, VmHWM), or -1. */
    static long statusMiB(long pid, String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(key + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return -1;
    }

    /** The resident memory of a process tree, in MiB (PostgreSQL: shared buffers are counted once per backend). */
    static long treeRssMiB(long root) {
        return ProcessHandle.of(root).map(h -> Stream.concat(Stream.of(h), h.descendants())
                .mapToLong(p -> Math.max(0, statusMiB(p.pid(), "VmRSS"))).sum()).orElse(-1L);
    }
}
