package jp.tomoni.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.tomoni.domain.resource.DirectoryEntry;
import jp.tomoni.domain.resource.DirectoryHit;
import jp.tomoni.domain.resource.DirectoryKind;
import jp.tomoni.domain.resource.DirectoryQuery;
import jp.tomoni.domain.resource.ReaderScope;
import jp.tomoni.domain.resource.Visibility;
import jp.tomoni.search.OpenSearchDirectoryIndex;

/**
 * Japanese relevance set (src/test/resources/relevance): documents and queries with the hits a
 * caseworker expects — half-width and full-width forms, hiragana readings of kanji words, synonyms and
 * parts of compounds. Indexed with the shipped template into the real search node; recall of the
 * expected hits must be at least 95 %, overall and reported per kind of query.
 */
class SearchRelevanceIT {
    static final String SCOPE = "relevance-set";
    static final double REQUIRED_RECALL = 0.95;
    static OpenSearchDirectoryIndex index;
    static final Map<String, UUID> ids = new HashMap<>();

    @BeforeAll
    static void indexTheDocuments() throws Exception {
        index = new OpenSearchDirectoryIndex(TestStack.get().searchUrl(), true);
        List<DirectoryEntry> entries = new ArrayList<>();
        for (JsonValue v : read("documents.json")) {
            JsonObject d = v.asJsonObject();
            UUID id = UUID.nameUUIDFromBytes(("relevance-" + d.getString("key")).getBytes());
            ids.put(d.getString("key"), id);
            entries.add(new DirectoryEntry(id, SCOPE, DirectoryKind.RESOURCE, d.getString("name"),
                    string(d, "nameKana"), string(d, "organization"), string(d, "description"),
                    d.containsKey("address") && !d.isNull("address") ? List.of(d.getString("address")) : List.of(),
                    d.getString("category"), Set.of(), Set.of(), d.getBoolean("free", false), Set.of(),
                    Visibility.PUBLIC, Set.of(), List.of(), true, Instant.now()));
        }
        index.write(SCOPE, entries, List.of(), null);
        index.refresh(SCOPE);
    }

    @Test
    void the_relevance_set_finds_at_least_95_percent_of_the_expected_hits() throws Exception {
        ReaderScope everyone = new ReaderScope(EnumSet.allOf(Visibility.class), EnumSet.allOf(DirectoryKind.class),
                null, Set.of());
        Map<String, int[]> byCase = new HashMap<>();
        List<String> misses = new ArrayList<>();
        int expected = 0;
        int found = 0;
        int queries = 0;
        for (JsonValue v : read("queries.json")) {
            JsonObject q = v.asJsonObject();
            queries++;
            List<DirectoryHit> hits = index.search(SCOPE, DirectoryQuery.words(q.getString("query"), 50), everyone,
                    List.of()).hits();
            Set<UUID> got = new java.util.HashSet<>();
            hits.forEach(h -> got.add(h.id()));
            int[] c = byCase.computeIfAbsent(q.getString("case"), k -> new int[2]);
            for (JsonValue e : q.getJsonArray("expected")) {
                String key = ((jakarta.json.JsonString) e).getString();
                expected++;
                c[1]++;
                if (got.contains(ids.get(key))) {
                    found++;
                    c[0]++;
                } else {
                    misses.add(q.getString("query") + " → " + key);
                }
            }
        }
        double recall = (double) found / expected;
        StringBuilder report = new StringBuilder("relevance: " + ids.size() + " documents, " + queries + " queries, recall "
                + found + "/" + expected + String.format(" = %.3f", recall));
        byCase.forEach((k, c) -> report.append("; ").append(k).append(' ').append(c[0]).append('/').append(c[1]));
        System.out.println(report);
        assertTrue(ids.size() >= 30 && queries >= 30, "the set needs at least 30 documents and 30 queries");
        assertTrue(recall >= REQUIRED_RECALL, report + "; missed: " + misses);
    }

    static JsonArray read(String name) throws Exception {
        try (InputStream in = SearchRelevanceIT.class.getResourceAsStream("/relevance/" + name);
             var reader = Json.createReader(in)) {
            return reader.readArray();
        }
    }

    static String string(JsonObject o, String field) {
        return o.containsKey(field) && !o.isNull(field) ? o.getString(field) : null;
    }
}
