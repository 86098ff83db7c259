package jp.tomoni.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;

import jp.tomoni.domain.casework.CaseStatus;
import jp.tomoni.domain.casework.CaseloadQuery;

/**
 * A closed-loop load: N client threads, each sending its next request as soon as the last one
 * answered, for a warm-up and then a measured window. Only requests that start and end inside the
 * window count. Thread {@code i} draws its parameters from a random sequence seeded with {@code i},
 * so every side of the comparison sees the same mix of tenants, filters, sorts and pages.
 */
final class Load {
    /**
     * One request: the tenant and, for the caseload, the query, as the API and JDBC sides both take
     * it (the retention board bench has no query: null).
     */
    record Params(String tenant, CaseloadQuery query) {
    }

    /** One client's way of sending a request; false (or an exception) counts as an error. */
    interface Client extends AutoCloseable {
        boolean call(Params p) throws Exception;

        /** How long the client pauses after an answer before its next request (not timed); none by default. */
        default long pauseNanos(SplittableRandom rnd) {
            return 0;
        }

        @Override
        default void close() throws Exception {
        }
    }

    record Result(String name, int clients, double seconds, long[] sortedNanos, long errors, Map<String, Long> errorKinds,
                  CpuUse cpu) {
        long count() {
            return sortedNanos.length;
        }

        double throughput() {
            return count() / seconds;
        }

        double percentileMs(double q) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(q * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(i, sortedNanos.length - 1))] / 1e6;
        }

        double meanMs() {
            return Arrays.stream(sortedNanos).average().orElse(Double.NaN) / 1e6;
        }
    }

    private Load() {
    }

    /** The i-th client's parameter sequence. */
    static SplittableRandom random(int client) {
        return new SplittableRandom(0x70_6D_6F_6EL * 1_000 + client);
    }

    /** A random caseload request: any tenant; no filter, a status or a worker; any sort; mostly the first page. */
    static Params next(SplittableRandom rnd, int tenants) {
        String tenant = Seeder.tenant(1 + rnd.nextInt(tenants));
        CaseStatus status = null;
        String worker = null;
        switch (rnd.nextInt(3)) {
            case 1 -> status = CaseStatus.valueOf(Seeder.STATUSES[rnd.nextInt(Seeder.STATUSES.length)]);
            case 2 -> worker = Seeder.worker(tenant, 1 + rnd.nextInt(Seeder.WORKERS));
            default -> {
            }
        }
        CaseloadQuery.Sort sort = CaseloadQuery.Sort.values()[rnd.nextInt(CaseloadQuery.Sort.values().length)];
        int offset = rnd.nextInt(10) < 7 ? 0 : 50 * (1 + rnd.nextInt(4));
        return new Params(tenant, new CaseloadQuery(status, worker, sort, offset, 50, null));
    }

    /** One side of the comparison: its clients (opened once) and each client's random request sequence. */
    static final class Side implements AutoCloseable {
        final String name;
        final List<Client> clients = new ArrayList<>();
        final List<SplittableRandom> randoms = new ArrayList<>();
        final List<Result> rounds = new ArrayList<>();

        Side(String name, int clients, IntFunction<Client> factory) {
            this.name = name;
            for (int c = 0; c < clients; c++) {
                this.clients.add(factory.apply(c));
                randoms.add(random(c));
            }
        }

        @Override
        public void close() throws Exception {
            for (Client c : clients) {
                c.close();
            }
        }

        /** The measured rounds as one result: all samples, their total time, CPU weighted by time. */
        Result total() {
            double seconds = rounds.stream().mapToDouble(Result::seconds).sum();
            long[] all = rounds.stream().flatMapToLong(r -> Arrays.stream(r.sortedNanos())).sorted().toArray();
            Map<String, Long> kinds = new TreeMap<>();
            rounds.forEach(r -> r.errorKinds().forEach((k, v) -> kinds.merge(k, v, Long::sum)));
            return new Result(name, clients.size(), seconds, all, rounds.stream().mapToLong(Result::errors).sum(), kinds,
                    CpuUse.weighted(rounds.stream().map(Result::cpu).toList(),
                            rounds.stream().map(Result::seconds).toList()));
        }
    }

    /**
     * Runs the side's clients for {@code warmup} (not counted) and then {@code measure} (counted; zero
     * for a warm-up only). The clients stay open, and each continues its random sequence next time.
     */
    static Result run(Side side, int tenants, Duration warmup, Duration measure, CpuUse.Meter cpu) throws Exception {
        return run(side, rnd -> next(rnd, tenants), warmup, measure, cpu);
    }

    /** As {@link #run(Side, int, Duration, Duration, CpuUse.Meter)}, with the requests drawn by {@code next}. */
    static Result run(Side side, Function<SplittableRandom, Params> next, Duration warmup, Duration measure,
                      CpuUse.Meter cpu) throws Exception {
        String name = side.name;
        int clients = side.clients.size();
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long measureTo = measureFrom + measure.toNanos();
        LongAdder errors = new LongAdder();
        Map<String, LongAdder> kinds = new ConcurrentHashMap<>();
        List<long[]> perThread = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            long[][] samples = {new long[1 << 14]};
            int[] n = {0};
            Thread t = Thread.ofPlatform().name(name + "-" + c).unstarted(() -> {
                SplittableRandom rnd = side.randoms.get(client);
                Client cl = side.clients.get(client);
                try {
                    while (true) {
                        Params p = next.apply(rnd);
                        long t0 = System.nanoTime();
                        if (t0 >= measureTo) {
                            break;
                        }
                        boolean ok;
                        String kind = null;
                        try {
                            ok = cl.call(p);
                            if (!ok) {
                                kind = "refused";
                            }
                        } catch (Exception e) {
                            ok = false;
                            kind = e.getClass().getSimpleName() + ": " + e.getMessage();
                        }
                        long t1 = System.nanoTime();
                        if (t0 >= measureFrom && t1 <= measureTo) {
                            if (ok) {
                                if (n[0] == samples[0].length) {
                                    samples[0] = Arrays.copyOf(samples[0], n[0] * 2);
                                }
                                samples[0][n[0]++] = t1 - t0;
                            } else {
                                errors.increment();
                            }
                        }
                        if (!ok) {
                            kinds.computeIfAbsent(String.valueOf(kind), k -> new LongAdder()).increment();
                            Thread.sleep(5);
                        }
                        long pause = cl.pauseNanos(rnd);
                        if (pause > 0) {
                            // a person reading the answer before the next tap; never past the window's end
                            Thread.sleep(java.time.Duration.ofNanos(Math.min(pause, Math.max(0, measureTo - System.nanoTime()))));
                        }
                    }
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
                synchronized (perThread) {
                    perThread.add(Arrays.copyOf(samples[0], n[0]));
                }
            });
            threads.add(t);
        }
        threads.forEach(Thread::start);
        sleepUntil(measureFrom);
        CpuUse.Snapshot before = cpu.snapshot();
        sleepUntil(measureTo);
        CpuUse.Snapshot after = cpu.snapshot();
        for (Thread t : threads) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(name + ": a client failed: " + failures.get(0), failures.get(0));
        }
        long[] all = perThread.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        Map<String, Long> errorKinds = new TreeMap<>();
        kinds.forEach((k, v) -> errorKinds.put(k, v.sum()));
        return new Result(name, clients, measure.toNanos() / 1e9, all, errors.sum(), errorKinds, CpuUse.between(before, after));
    }

    /**
     * Each side warms up, then the measured time is split into rounds that take turns (A, B, A, B,
     * …), each with a short ramp that is not counted, so that other work on the machine, which
     * comes and goes, weighs on all sides alike. Returns each side's rounds as one result.
     */
    static List<Result> inRounds(List<Side> sides, Function<SplittableRandom, Params> next, Duration warmup,
                                 Duration measure, int rounds, Duration ramp, CpuUse.Meter cpu, Consumer<String> say)
            throws Exception {
        for (Side side : sides) {
            say.accept(String.format("%s: %d clients, %d s warm-up …", side.name, side.clients.size(), warmup.toSeconds()));
            run(side, next, warmup, Duration.ZERO, cpu);
        }
        Duration slice = measure.dividedBy(rounds);
        for (int round = 1; round <= rounds; round++) {
            for (Side side : sides) {
                // a short ramp in each round: all clients busy before counting starts
                Result r = run(side, next, ramp, slice, cpu);
                side.rounds.add(r);
                say.accept(String.format("round %d/%d %s: %.0f req/s, p50 %.1f ms, p95 %.1f ms, machine busy %.0f %%", round,
                        rounds, side.name, r.throughput(), r.percentileMs(0.50), r.percentileMs(0.95),
                        r.cpu().machineBusy() * 100));
            }
        }
        List<Result> results = new ArrayList<>();
        for (Side side : sides) {
            Result r = side.total();
            say.accept(String.format("%s: %.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d errors %s", r.name(),
                    r.throughput(), r.percentileMs(0.50), r.percentileMs(0.95), r.percentileMs(0.99), r.errors(),
                    r.errorKinds().isEmpty() ? "" : r.errorKinds()));
            results.add(r);
        }
        return results;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, left / 1_000_000));
        }
    }
}
