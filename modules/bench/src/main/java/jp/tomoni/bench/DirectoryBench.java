package jp.tomoni.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Executors;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import jp.tomoni.domain.resource.DirectoryEntry;
import jp.tomoni.domain.resource.DirectoryKind;
import jp.tomoni.domain.resource.DirectoryQuery;
import jp.tomoni.domain.resource.DirectoryReaders;
import jp.tomoni.domain.resource.GeoPoint;
import jp.tomoni.domain.resource.ReaderScope;
import jp.tomoni.domain.resource.Visibility;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.search.OpenSearchDirectoryIndex;

/**
 * The directory search benchmark (issue 8): {@code bench.directory.resources} (100,000) resources in one
 * tenant's index; the search API against the very same query sent straight to OpenSearch, in the same
 * run (goal: API p95 at most 1.5 × raw p95); bulk indexing throughput; and the two layouts for many
 * small tenants — {@code bench.directory.tenants} (1,000) indexes of their own against one index routed
 * by tenant — by build time, search latency, shards, segments and heap. Writes {@code target/bench-directory.md}.
 */
public final class DirectoryBench {
    static final String API = "search API (guardian token)";
    static final String RAW = "same query straight to OpenSearch";
    private static final String PASSWORD = "bench-reader-1";
    private static final int RESOURCES = Integer.getInteger("bench.directory.resources", 100_000);
    private static final int TENANTS = Integer.getInteger("bench.directory.tenants", 1_000);
    private static final int SMALL = 100;
    private static final int CLIENTS = Integer.getInteger("bench.clients", 20);
    private static final Duration WARMUP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 20));
    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.measure", 60));
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final int OFFSET = Integer.getInteger("bench.port-offset", 6000);
    private static final Duration RAMP = Duration.ofSeconds(2);
    static final double RATIO_GOAL = 1.5;

    static final String[] PLACES = {"中央", "駅前", "北町", "南町", "東町", "西町", "緑ヶ丘", "青葉台", "桜台", "川辺"};
    static final String[] KINDS = {"家計相談", "食料支援", "住まいの相談", "就労支援", "子どもの学習教室", "居場所", "法律相談",
        "健康相談", "介護の相談", "ひきこもり相談", "DV相談", "子ども食堂", "フードバンク", "ハローワーク窓口", "生活福祉資金"};
    static final String[] CATEGORIES = {"HOUSEHOLD_BUDGET", "FOOD", "HOUSING", "EMPLOYMENT", "EDUCATION", "COMMUNITY", "LEGAL",
        "HEALTH", "CARE", "WITHDRAWAL", "ABUSE", "FOOD", "FOOD", "EMPLOYMENT", "INCOME"};
    static final String[] SENTENCES = {"困りごとを一緒に整理します。", "予約なしでも相談できます。", "秘密は守られます。",
        "家計簿のつけ方もお伝えします。", "食料を無料でお渡しします。", "仕事探しを応援します。", "子どもの宿題を手伝います。",
        "住居確保給付金の申請を支えます。", "外国語での相談もできます。", "電話でも相談できます。"};
    static final String[] QUERIES = {"家計", "かけいぼ", "食料", "ハロワ", "子ども 学習", "住まい 駅前", "フードバンク", "法律相談",
        "居場所 北町", "就労", "ひきこもり", "生保", "介護 相談", "ＤＶ", "ﾊﾛｰﾜｰｸ", "給付金"};

    private final Path out;
    private final BenchStack stack;
    private final String tenant = Seeder.tenant(1);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(16)).build();
    private OpenSearchDirectoryIndex index;
    /** Layout A of the small tenants: an index of their own each. */
    private OpenSearchDirectoryIndex ownIndexes;

    private DirectoryBench(Path out, PrintStream log) {
        this.out = out;
        this.stack = new BenchStack(out, "bench-directory", "directory bench", log);
    }

    public static void main(String[] args) throws Exception {
        Bench.main("directory", "bench-directory-stack.log", (root, out, log) -> new DirectoryBench(out, log).run(root));
    }

    static DirectoryEntry entry(String tenant, int i, SplittableRandom rnd) {
        int k = rnd.nextInt(KINDS.length);
        String place = PLACES[rnd.nextInt(PLACES.length)];
        String description = SENTENCES[rnd.nextInt(SENTENCES.length)] + SENTENCES[rnd.nextInt(SENTENCES.length)];
        return new DirectoryEntry(UUID.nameUUIDFromBytes((tenant + i).getBytes()), tenant, DirectoryKind.RESOURCE,
                place + KINDS[k] + " " + i, null, "ＮＰＯ法人" + place + "ネット", description, List.of("みどり野市" + place + i % 50 + "-1"),
                CATEGORIES[k], Set.of(), Set.of(place + "地区"), rnd.nextBoolean(), Set.of("ja"),
                rnd.nextInt(10) == 0 ? Visibility.STAFF : Visibility.PUBLIC, Set.of(),
                List.of(new GeoPoint(35.65 + rnd.nextDouble() * 0.1, 139.35 + rnd.nextDouble() * 0.1)), true, Instant.now());
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
            String search = stack.launcher().searchUrl();
            index = new OpenSearchDirectoryIndex(search, false, OpenSearchDirectoryIndex.OWN);
            ownIndexes = index;
            call("PUT", search + "/_cluster/settings", "{\"persistent\":{\"cluster.max_shards_per_node\":4000}}");
            try (Connection owner = stack.connect("tomoni_owner", "db.owner.password", true)) {
                Seeder.tenants(owner, 1);
            }
            BenchKeycloak kc = new BenchKeycloak(stack.launcher().issuer());
            List<String> users = kc.guardians(tenant, CLIENTS, PASSWORD);
            // 1. one big tenant: bulk indexing throughput
            SplittableRandom rnd = new SplittableRandom(8);
            long t1 = System.nanoTime();
            List<DirectoryEntry> batch = new ArrayList<>();
            for (int i = 0; i < RESOURCES; i++) {
                batch.add(entry(tenant, i, rnd));
                if (batch.size() == 1000) {
                    index.write(tenant, batch, List.of(), null);
                    batch.clear();
                }
            }
            index.write(tenant, batch, List.of(), null);
            index.refresh(tenant);
            double bulkSeconds = (System.nanoTime() - t1) / 1e9;
            String bulk = String.format("%,d documents in %.1f s = %,.0f documents/s (bulk requests of 1,000, one client)",
                    RESOURCES, bulkSeconds, RESOURCES / bulkSeconds);
            facts.put("bulk indexing, one tenant index", bulk);
            say(bulk);
            facts.put("node after the big index", nodeFacts(search));
            // 2. search API against the same query straight to the node
            ReaderScope guardian = new ReaderScope(Visibility.visibleTo(Set.of(TenantRole.GUARDIAN)),
                    DirectoryReaders.kinds(Set.of(TenantRole.GUARDIAN)), Set.of(), Set.of());
            String[] tokens = new String[users.size()];
            for (int i = 0; i < users.size(); i++) {
                tokens[i] = kc.passwordToken(users.get(i), PASSWORD)[0];
            }
            String indexes = OpenSearchDirectoryIndex.alias(tenant) + "," + OpenSearchDirectoryIndex.alias("_shared");
            CpuUse.Meter cpu = stack.cpuMeter();
            Load.Side api = new Load.Side(API, CLIENTS, c -> {
                SplittableRandom r = new SplittableRandom(100 + c);
                return p -> {
                    String q = QUERIES[r.nextInt(QUERIES.length)];
                    HttpResponse<String> a = http.send(HttpRequest.newBuilder(URI.create(stack.launcher().appUrl() + "/api/t/"
                                    + tenant + "/directory?limit=20&q=" + java.net.URLEncoder.encode(q, "UTF-8")))
                            .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + tokens[c]).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    return a.statusCode() == 200 && a.body().contains("\"hits\"");
                };
            });
            Load.Side raw = new Load.Side(RAW, CLIENTS, c -> {
                SplittableRandom r = new SplittableRandom(100 + c);
                return p -> {
                    String q = QUERIES[r.nextInt(QUERIES.length)];
                    String body = OpenSearchDirectoryIndex.requestBody(tenant, DirectoryQuery.words(q, 20), guardian,
                            index.withNational(q, List.of()));
                    HttpResponse<String> a = http.send(HttpRequest.newBuilder(URI.create(search + "/" + indexes
                                    + "/_search?ignore_unavailable=true")).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    return a.statusCode() == 200;
                };
            });
            List<Load.Result> results = Load.inRounds(List.of(api, raw), x -> new Load.Params(tenant, null), WARMUP, MEASURE,
                    ROUNDS, RAMP, cpu, this::say);
            api.close();
            raw.close();
            // 3. many small tenants: indexes of their own against one routed index
            boolean layouts = Boolean.parseBoolean(System.getProperty("bench.directory.layouts", "true"));
            String own = layouts ? ownIndexes(search, facts) : "not measured in this run (bench.directory.layouts=false)";
            String routed = layouts ? routedIndex(search, facts) : "not measured in this run";
            stack.memoryFacts(facts);
            String md = markdown(results, own, routed, facts);
            Files.writeString(out.resolve("bench-directory.md"), md);
            System.out.println();
            System.out.println(Report.consoleTable("directory search, " + CLIENTS + " clients", results));
            System.out.println(verdict(results));
            System.out.println("written: " + out.resolve("bench-directory.md"));
        } finally {
            stack.close();
        }
    }

    private String ownIndexes(String search, Map<String, Object> facts) throws Exception {
        SplittableRandom rnd = new SplittableRandom(9);
        long t = System.nanoTime();
        for (int n = 1; n <= TENANTS; n++) {
            String slug = String.format("small%04d", n);
            List<DirectoryEntry> docs = new ArrayList<>();
            for (int i = 0; i < SMALL; i++) {
                docs.add(entry(slug, i, rnd));
            }
            ownIndexes.write(slug, docs, List.of(), null);
            if (n % 100 == 0) {
                say(n + " small tenant indexes");
            }
        }
        call("POST", search + "/_refresh", "{}");
        double s = (System.nanoTime() - t) / 1e9;
        long[] lat = latencies(search, n -> OpenSearchDirectoryIndex.alias(String.format("small%04d", n)), false);
        String line = String.format("%,d indexes × %d documents built in %.0f s (%,.0f documents/s); raw search p50 %.1f ms, "
                + "p95 %.1f ms (one client, random tenant); %s", TENANTS, SMALL, s, TENANTS * SMALL / s,
                lat[lat.length / 2] / 1e6, lat[(int) (lat.length * 0.95)] / 1e6, nodeFacts(search));
        facts.put("layout A: an index per tenant", line);
        say(line);
        for (int n = 1; n <= TENANTS; n++) {
            ownIndexes.deleteIndex(OpenSearchDirectoryIndex.alias(String.format("small%04d", n)) + "_1");
        }
        return line;
    }

    private String routedIndex(String search, Map<String, Object> facts) throws Exception {
        String name = "tomoni_routed_bench";
        String def = new String(OpenSearchDirectoryIndex.class.getResourceAsStream("/search/directory-index.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        call("PUT", search + "/" + name, def);
        SplittableRandom rnd = new SplittableRandom(9);
        long t = System.nanoTime();
        StringBuilder nd = new StringBuilder();
        int inBatch = 0;
        for (int n = 1; n <= TENANTS; n++) {
            String slug = String.format("small%04d", n);
            for (int i = 0; i < SMALL; i++) {
                DirectoryEntry e = entry(slug, i, rnd);
                nd.append("{\"index\":{\"_index\":\"").append(name).append("\",\"_id\":\"").append(e.id())
                        .append("\",\"routing\":\"").append(slug).append("\"}}\n");
                nd.append(OpenSearchDirectoryIndex.document(e)).append('\n');
                if (++inBatch == 1000) {
                    bulk(search, nd.toString());
                    nd.setLength(0);
                    inBatch = 0;
                }
            }
        }
        if (inBatch > 0) {
            bulk(search, nd.toString());
        }
        call("POST", search + "/" + name + "/_refresh", "{}");
        double s = (System.nanoTime() - t) / 1e9;
        long[] lat = latencies(search, n -> name, true);
        String line = String.format("one index, %,d documents routed by tenant, built in %.0f s (%,.0f documents/s); raw search "
                + "p50 %.1f ms, p95 %.1f ms (one client, random tenant, routing + tenant filter); %s", TENANTS * SMALL, s,
                TENANTS * SMALL / s, lat[lat.length / 2] / 1e6, lat[(int) (lat.length * 0.95)] / 1e6, nodeFacts(search));
        facts.put("layout B: one index routed by tenant", line);
        say(line);
        return line;
    }

    private long[] latencies(String search, java.util.function.IntFunction<String> indexOf, boolean routed) throws Exception {
        SplittableRandom rnd = new SplittableRandom(11);
        ReaderScope guardian = new ReaderScope(EnumSet.of(Visibility.PUBLIC), EnumSet.of(DirectoryKind.RESOURCE), null, Set.of());
        int n = 2000;
        long[] out = new long[n];
        for (int i = 0; i < n + 200; i++) {
            int t = 1 + rnd.nextInt(TENANTS);
            String slug = String.format("small%04d", t);
            String q = QUERIES[rnd.nextInt(QUERIES.length)];
            String body = OpenSearchDirectoryIndex.requestBody(slug, DirectoryQuery.words(q, 20), guardian, List.of());
            long s = System.nanoTime();
            call("POST", search + "/" + indexOf.apply(t) + "/_search" + (routed ? "?routing=" + slug : ""), body);
            if (i >= 200) {
                out[i - 200] = System.nanoTime() - s;
            }
        }
        Arrays.sort(out);
        return out;
    }

    private String nodeFacts(String search) throws Exception {
        JsonObject stats = Json.createReader(new java.io.StringReader(call("GET", search + "/_cluster/stats", null))).readObject();
        JsonObject indices = stats.getJsonObject("indices");
        JsonObject jvm = stats.getJsonObject("nodes").getJsonObject("jvm").getJsonObject("mem");
        return String.format("node: %d indexes, %d shards, %d segments, store %.0f MB, heap used %.0f MB of %.0f MB",
                indices.getInt("count"), indices.getJsonObject("shards").getInt("total", 0),
                indices.getJsonObject("segments").getInt("count"),
                indices.getJsonObject("store").getJsonNumber("size_in_bytes").longValue() / 1e6,
                jvm.getJsonNumber("heap_used_in_bytes").longValue() / 1e6, jvm.getJsonNumber("heap_max_in_bytes").longValue() / 1e6);
    }

    private void bulk(String search, String nd) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(search + "/_bulk")).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(nd)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || r.body().contains("\"errors\":true")) {
            throw new IllegalStateException("bulk failed: " + r.body().substring(0, Math.min(500, r.body().length())));
        }
    }

    private String call(String method, String url, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static String verdict(List<Load.Result> results) {
        double api = results.get(0).percentileMs(0.95);
        double raw = results.get(1).percentileMs(0.95);
        return String.format("API p95 %.1f ms = %.2f × raw p95 %.1f ms (goal ≤ %.1f ×): %s", api, api / raw, raw, RATIO_GOAL,
                api <= RATIO_GOAL * raw ? "met" : "NOT met");
    }

    private static String markdown(List<Load.Result> results, String own, String routed, Map<String, Object> facts) {
        StringBuilder s = new StringBuilder("# Directory search benchmark\n\n");
        s.append(String.format("%,d resources in one tenant's index (bench01). %d closed-loop clients; each side: %d s warm-up, "
                + "then %d s measured in %d rounds taken in turn. The API side is `GET /api/t/bench01/directory?q=…` with a "
                + "guardian's token (sign-in check, tenant, reader scope and the tenant's synonyms from PostgreSQL, then "
                + "OpenSearch); the raw side sends the very request body the app builds straight to the node. Queries "
                + "are drawn from: %s.%n%n", RESOURCES, CLIENTS, WARMUP.toSeconds(), MEASURE.toSeconds(), ROUNDS,
                String.join("、", QUERIES)));
        Report.resultsTable(s, results);
        s.append("\n- **").append(verdict(results)).append("**\n");
        s.append("\n## Many small tenants\n\n- A: ").append(own).append("\n- B: ").append(routed).append('\n');
        Report.cpuSection(s, results);
        s.append("\n## Run\n\n");
        facts.forEach((k, v) -> s.append("- ").append(k).append(": ").append(v).append('\n'));
        return s.toString();
    }

    private void say(String line) {
        System.out.println("[directory bench] " + line);
    }
}
