package jp.tomoni.it;

import static jp.tomoni.it.Http.get;
import static jp.tomoni.it.Http.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * The index's life beside the database: the outbox catches up after an outage with nothing lost, and a
 * full reindex under concurrent writes loses no write and leaves no moment without results.
 */
class SearchLifecycleIT {
    static final String T = "/api/t/aoba";

    static JsonObject drift() {
        var r = get("admin.aoba", T + "/directory/drift");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    static boolean inStep() {
        JsonObject d = drift();
        return d.getJsonArray("missingInIndex").isEmpty() && d.getJsonArray("extraInIndex").isEmpty()
                && d.getInt("databaseCount") == d.getInt("indexCount");
    }

    @Test
    void after_an_outage_with_500_writes_the_index_equals_the_database_within_60_seconds() throws Exception {
        var node = TestStack.get().searchNode();
        int before = Db.countAsOwner("aoba", "select count(*) from social_resource");
        node.close();
        try {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                int n = i;
                done.add(pool.submit(() -> post("worker.aoba", T + "/resources",
                        "{\"name\":\"停止中の登録" + n + "\",\"category\":\"OTHER\"}").status()));
            }
            for (Future<Integer> f : done) {
                assertEquals(201, f.get());
            }
            pool.shutdown();
        } finally {
            node.start();
        }
        assertEquals(before + 500, Db.countAsOwner("aoba", "select count(*) from social_resource"));
        long started = System.nanoTime();
        ResourceApiIT.await("index equals database", Duration.ofSeconds(60), SearchLifecycleIT::inStep);
        System.out.printf("outage: 500 writes while the node was down; index equal to the database %.1f s after restart%n",
                (System.nanoTime() - started) / 1e9);
    }

    @Test
    void a_reindex_under_concurrent_writes_loses_no_write_and_searches_never_come_back_empty() throws Exception {
        String word = "れいんでっくす" + UUID.randomUUID().toString().substring(0, 4);
        post("worker.aoba", T + "/resources", "{\"name\":\"" + word + "の目印\",\"category\":\"OTHER\"}");
        ResourceApiIT.await("marker indexed", Duration.ofSeconds(30),
                () -> DirectoryApiIT.search("worker.aoba", "aoba", word).getInt("total") == 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger emptySearches = new AtomicInteger();
        AtomicInteger searches = new AtomicInteger();
        Thread watcher = new Thread(() -> {
            while (writing.get()) {
                if (DirectoryApiIT.search("worker.aoba", "aoba", word).getInt("total") < 1) {
                    emptySearches.incrementAndGet();
                }
                searches.incrementAndGet();
            }
        });
        watcher.start();
        var started = post("admin.aoba", T + "/directory/reindex", "");
        assertEquals(202, started.status(), started.body());
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            var r = post("worker.aoba", T + "/resources", "{\"name\":\"" + word + "同時" + i + "\",\"category\":\"FOOD\"}");
            assertEquals(201, r.status());
            written.add(r.json().getString("id"));
        }
        ResourceApiIT.await("reindex done", Duration.ofSeconds(120),
                () -> "DONE".equals(get("admin.aoba", T + "/directory/reindex").json().getString("state")));
        for (int i = 40; i < 50; i++) {
            assertEquals(201, post("worker.aoba", T + "/resources", "{\"name\":\"" + word + "同時" + i + "\",\"category\":\"FOOD\"}").status());
        }
        ResourceApiIT.await("all 51 found", Duration.ofSeconds(60),
                () -> DirectoryApiIT.search("worker.aoba", "aoba", word).getInt("total") == 51);
        writing.set(false);
        watcher.join();
        assertEquals(0, emptySearches.get(), "searches during the reindex that found nothing: " + emptySearches + "/" + searches);
        assertTrue(searches.get() > 0);
        ResourceApiIT.await("drift check clean", Duration.ofSeconds(60), SearchLifecycleIT::inStep);
        var status = get("admin.aoba", T + "/directory/reindex").json();
        assertTrue(status.getInt("total") > 0 && status.getInt("done") >= status.getInt("total"), status.toString());
        assertEquals(403, post("worker.aoba", T + "/directory/reindex", "").status());
        assertEquals(403, post("admin.midorino", T + "/directory/reindex", "").status());
    }
}
