package jp.tomoni.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tomoni.domain.resource.DirectoryEntry;
import jp.tomoni.domain.resource.DirectoryHit;
import jp.tomoni.domain.resource.DirectoryIndex;
import jp.tomoni.domain.resource.DirectoryKind;
import jp.tomoni.domain.resource.DirectoryQuery;
import jp.tomoni.domain.resource.DirectoryResults;
import jp.tomoni.domain.resource.FacetCount;
import jp.tomoni.domain.resource.GeoPoint;
import jp.tomoni.domain.resource.ReaderScope;
import jp.tomoni.domain.resource.SynonymRules;

/**
 * {@link DirectoryIndex} on OpenSearch. Each scope (a tenant, or {@link #SHARED}) has an alias
 * {@code tomoni_<scope>_directory} over one concrete index {@code tomoni_<scope>_directory_<n>} made from
 * {@code /search/directory-index.json} (kuromoji, readings, synonyms, prefixes). A full reindex builds a
 * new concrete index and moves the alias in one step, so searches never see a gap.
 */
@ApplicationScoped
public class OpenSearchDirectoryIndex implements DirectoryIndex {
    static final String INDEX_DEFINITION = "/search/directory-index.json";
    public static final String POOLED = "pooled";
    public static final String OWN = "own";
    /** The index small tenants share, each through its filtered, routed alias. */
    public static final String POOL = "tomoni_pool_directory_1";
    private static final Pattern TENANT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final int ID_PAGE = 5000;

    @Inject
    @ConfigProperty(name = "tomoni.search.url")
    String url;

    /**
     * {@code pooled} (default): a tenant's alias starts as a filtered, routed alias over one index that
     * all small tenants share ({@link #POOL}); a rebuild gives the tenant an index of its own.
     * {@code own}: every tenant gets an index of its own from the start. See the bench README for why.
     */
    @Inject
    @ConfigProperty(name = "tomoni.search.layout", defaultValue = POOLED)
    String layout;

    /** When true, writes use {@code refresh=wait_for} so they are searchable on return (tests, demos). */
    @Inject
    @ConfigProperty(name = "tomoni.search.refresh-on-write", defaultValue = "false")
    boolean refreshOnWrite;

    private OpenSearchClient client;
    private volatile String indexDefinition;
    private volatile SynonymRules national;
    private final Set<String> knownAliases = ConcurrentHashMap.newKeySet();

    /** For CDI. */
    public OpenSearchDirectoryIndex() {
    }

    /** Outside a container (tests, bench): {@code url} like {@code http://127.0.0.1:9201}. */
    public OpenSearchDirectoryIndex(String url, boolean refreshOnWrite) {
        this(url, refreshOnWrite, POOLED);
    }

    /** Outside a container, with a layout ({@link #POOLED} or {@link #OWN}). */
    public OpenSearchDirectoryIndex(String url, boolean refreshOnWrite, String layout) {
        this.url = url;
        this.refreshOnWrite = refreshOnWrite;
        this.layout = layout;
        init();
    }

    @PostConstruct
    void init() {
        if (!POOLED.equals(layout) && !OWN.equals(layout)) {
            throw new IllegalStateException("tomoni.search.layout must be pooled or own, not " + layout);
        }
        client = new OpenSearchClient(url);
    }

    @PreDestroy
    void shutdown() {
        if (client != null) {
            client.close();
        }
    }

    /** {@code tomoni_<scope>_directory}; the scope is checked so it cannot address other indexes. */
    public static String alias(String scope) {
        if (SHARED.equals(scope)) {
            return "tomoni__shared_directory";
        }
        if (scope == null || !TENANT_ID.matcher(scope).matches()) {
            throw new IllegalArgumentException("Invalid tenant id for a search index: " + scope);
        }
        return "tomoni_" + scope + "_directory";
    }

    @Override
    public void write(String scope, Collection<DirectoryEntry> entries, Collection<UUID> removed, String building) {
        if (entries.isEmpty() && removed.isEmpty()) {
            return;
        }
        String alias = alias(scope);
        ensureAlias(scope);
        StringBuilder nd = new StringBuilder();
        List<String> targets = building == null ? List.of(alias) : List.of(alias, building);
        for (String target : targets) {
            for (DirectoryEntry e : entries) {
                checkScope(scope, e);
                nd.append(action("index", target, e.id())).append('\n').append(document(e)).append('\n');
            }
            for (UUID id : removed) {
                nd.append(action("delete", target, id)).append('\n');
            }
        }
        bulk(nd.toString(), false, "write to " + alias);
    }

    @Override
    public int bulkCreate(String index, Collection<DirectoryEntry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        StringBuilder nd = new StringBuilder();
        for (DirectoryEntry e : entries) {
            nd.append(action("create", index, e.id())).append('\n').append(document(e)).append('\n');
        }
        return bulk(nd.toString(), true, "fill " + index);
    }

    /** Sends a bulk request; returns how many items succeeded. Version conflicts count as skipped when allowed. */
    private int bulk(String ndjson, boolean conflictsAreSkips, String what) {
        HttpResponse<String> r = client.bulk("/_bulk" + (refreshOnWrite ? "?refresh=wait_for" : ""), ndjson);
        OpenSearchClient.requireSuccess(r, what);
        JsonObject body = OpenSearchClient.parse(r.body());
        int ok = 0;
        for (JsonValue v : body.getJsonArray("items")) {
            JsonObject item = v.asJsonObject().values().iterator().next().asJsonObject();
            int status = item.getInt("status");
            if (status >= 200 && status < 300) {
                ok++;
            } else if (status == 404 && v.asJsonObject().containsKey("delete")) {
                ok++; // already gone
            } else if (status == 409 && conflictsAreSkips) {
                continue; // a live write got there first: it is at least as new
            } else if (status == 429 || status >= 500) {
                throw new SearchUnavailableException("OpenSearch could not " + what + ": " + item);
            } else {
                throw new IllegalStateException("OpenSearch could not " + what + ": "
                        + OpenSearchClient.abbreviate(item.toString()));
            }
        }
        return ok;
    }

    @Override
    public DirectoryResults search(String tenantId, DirectoryQuery query, ReaderScope reader, List<String> alternatives) {
        String indexes = alias(tenantId) + "," + alias(SHARED);
        JsonObject body = DirectorySearchBody.search(tenantId, query, reader, withNational(query.text(), alternatives));
        HttpResponse<String> r = client.json("POST", "/" + indexes + "/_search?ignore_unavailable=true", body.toString());
        OpenSearchClient.requireSuccess(r, "search " + indexes);
        JsonObject res = OpenSearchClient.parse(r.body());
        JsonObject hitsObj = res.getJsonObject("hits");
        List<DirectoryHit> hits = new ArrayList<>();
        for (JsonValue h : hitsObj.getJsonArray("hits")) {
            JsonObject hit = h.asJsonObject();
            JsonObject src = hit.getJsonObject("_source");
            Double distance = null;
            if (query.near() != null && hit.containsKey("sort")) {
                JsonValue first = hit.getJsonArray("sort").get(0);
                if (first instanceof JsonNumber n && n.doubleValue() < 1e6) {
                    distance = Math.round(n.doubleValue() * 10) / 10.0;
                }
            }
            hits.add(new DirectoryHit(UUID.fromString(src.getString("id")), kind(src.getString("kind", null)),
                    src.getString("name", ""), string(src, "organization"), string(src, "description"),
                    firstAddress(src), src.getString("category", null), src.getBoolean("free", false),
                    SHARED.equals(src.getString("tenant_id", "")), distance));
        }
        long total = hitsObj.containsKey("total") ? hitsObj.getJsonObject("total").getJsonNumber("value").longValue() : hits.size();
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        JsonObject aggs = res.getJsonObject("aggregations");
        if (aggs != null) {
            for (String name : DirectoryResults.FACETS) {
                List<FacetCount> counts = new ArrayList<>();
                JsonObject agg = aggs.getJsonObject(name);
                if (agg != null) {
                    for (JsonValue b : agg.getJsonObject("values").getJsonArray("buckets")) {
                        JsonObject bucket = b.asJsonObject();
                        String key = bucket.containsKey("key_as_string") ? bucket.getString("key_as_string")
                                : bucket.get("key").toString().replace("\"", "");
                        counts.add(new FacetCount(key, bucket.getJsonNumber("doc_count").longValue()));
                    }
                }
                facets.put(name, List.copyOf(counts));
            }
        }
        return new DirectoryResults(total, List.copyOf(hits), facets);
    }

    /**
     * The tenant's alternatives plus those of the national synonyms. The template applies the national
     * synonyms too, but kuromoji may cut an abbreviation differently next to other words (ハロワ alone
     * versus ハロワ 求人), so the words are also rewritten before analysis.
     */
    public List<String> withNational(String text, List<String> alternatives) {
        if (text == null || text.isBlank()) {
            return alternatives;
        }
        Set<String> all = new LinkedHashSet<>(alternatives);
        all.addAll(nationalSynonyms().alternatives(text));
        return all.stream().limit(SynonymRules.ALTERNATIVES_MAX * 2L).toList();
    }

    private SynonymRules nationalSynonyms() {
        SynonymRules rules = national;
        if (rules == null) {
            List<String> lines = new ArrayList<>();
            JsonObject filter = OpenSearchClient.parse(indexDefinition()).getJsonObject("settings")
                    .getJsonObject("analysis").getJsonObject("filter").getJsonObject("ja_synonyms");
            if (filter != null) {
                filter.getJsonArray("synonyms").getValuesAs(jakarta.json.JsonString.class)
                        .forEach(l -> lines.add(l.getString()));
            }
            rules = SynonymRules.of(lines);
            national = rules;
        }
        return rules;
    }

    /** The request the app sends for a search (for the benchmark's raw side: the same query, straight to the node). */
    public static String requestBody(String tenantId, DirectoryQuery query, ReaderScope reader, List<String> alternatives) {
        return DirectorySearchBody.search(tenantId, query, reader, alternatives).toString();
    }

    @Override
    public List<String> suggest(String tenantId, String prefix, ReaderScope reader, int limit) {
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        String indexes = alias(tenantId) + "," + alias(SHARED);
        JsonObject body = DirectorySearchBody.suggest(tenantId, prefix.strip(), reader, limit);
        HttpResponse<String> r = client.json("POST", "/" + indexes + "/_search?ignore_unavailable=true", body.toString());
        OpenSearchClient.requireSuccess(r, "suggest in " + indexes);
        Set<String> names = new LinkedHashSet<>();
        for (JsonValue h : OpenSearchClient.parse(r.body()).getJsonObject("hits").getJsonArray("hits")) {
            names.add(h.asJsonObject().getJsonObject("_source").getString("name", ""));
            if (names.size() >= limit) {
                break;
            }
        }
        names.remove("");
        return List.copyOf(names);
    }

    @Override
    public String createIndex(String scope) {
        String name = alias(scope) + "_" + System.currentTimeMillis();
        HttpResponse<String> r = client.json("PUT", "/" + name + "?wait_for_active_shards=1", indexDefinition());
        OpenSearchClient.requireSuccess(r, "create index " + name);
        return name;
    }

    @Override
    public void swap(String scope, String index) {
        String alias = alias(scope);
        // what the new index holds must be searchable the moment the alias points at it
        OpenSearchClient.requireSuccess(client.json("POST", "/" + index + "/_refresh", "{}"), "refresh " + index);
        Set<String> old = aliasTargets(alias);
        JsonArrayBuilder actions = Json.createArrayBuilder();
        for (String o : old) {
            if (!o.equals(index)) {
                actions.add(Json.createObjectBuilder().add("remove", Json.createObjectBuilder()
                        .add("index", o).add("alias", alias)));
            }
        }
        actions.add(Json.createObjectBuilder().add("add", Json.createObjectBuilder()
                .add("index", index).add("alias", alias)));
        HttpResponse<String> r = client.json("POST", "/_aliases",
                Json.createObjectBuilder().add("actions", actions).build().toString());
        OpenSearchClient.requireSuccess(r, "move alias " + alias + " to " + index);
        knownAliases.add(alias);
        for (String o : old) {
            if (o.equals(POOL)) {
                // the tenant moved out of the shared index: its documents there go (the others stay)
                String query = Json.createObjectBuilder().add("query", Json.createObjectBuilder().add("term",
                        Json.createObjectBuilder().add("tenant_id", scope))).build().toString();
                OpenSearchClient.requireSuccess(client.json("POST", "/" + POOL + "/_delete_by_query?routing=" + scope
                        + "&conflicts=proceed&refresh=true", query), "remove " + scope + " from " + POOL);
            } else if (!o.equals(index)) {
                deleteIndex(o);
            }
        }
    }

    @Override
    public void deleteIndex(String index) {
        if (!index.startsWith("tomoni_") || index.equals(POOL)) {
            throw new IllegalArgumentException("not a Tomoni index of one scope: " + index);
        }
        HttpResponse<String> r = client.delete("/" + index);
        if (r.statusCode() != 404) {
            OpenSearchClient.requireSuccess(r, "delete index " + index);
        }
    }

    @Override
    public Set<UUID> ids(String scope) {
        String alias = alias(scope);
        Set<UUID> out = new HashSet<>();
        JsonValue after = null;
        while (true) {
            JsonObjectBuilder body = Json.createObjectBuilder()
                    .add("size", ID_PAGE)
                    .add("_source", false)
                    .add("track_total_hits", false)
                    .add("query", Json.createObjectBuilder().add("match_all", JsonValue.EMPTY_JSON_OBJECT))
                    .add("sort", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", "asc")))
                    .add("docvalue_fields", Json.createArrayBuilder().add("id"));
            if (after != null) {
                body.add("search_after", after);
            }
            HttpResponse<String> r = client.json("POST", "/" + alias + "/_search", body.build().toString());
            if (r.statusCode() == 404) {
                return out;
            }
            OpenSearchClient.requireSuccess(r, "list ids of " + alias);
            JsonArray hits = OpenSearchClient.parse(r.body()).getJsonObject("hits").getJsonArray("hits");
            for (JsonValue h : hits) {
                out.add(UUID.fromString(h.asJsonObject().getString("_id")));
            }
            if (hits.size() < ID_PAGE) {
                return out;
            }
            after = hits.get(hits.size() - 1).asJsonObject().getJsonArray("sort");
        }
    }

    @Override
    public void refresh(String scope) {
        HttpResponse<String> r = client.json("POST", "/" + alias(scope) + "/_refresh", "{}");
        if (r.statusCode() != 404) {
            OpenSearchClient.requireSuccess(r, "refresh " + alias(scope));
        }
    }

    @Override
    public boolean isAvailable() {
        return client.healthy();
    }

    /** The concrete indexes behind an alias (normally one; none before the first write). */
    Set<String> aliasTargets(String alias) {
        HttpResponse<String> r = client.get("/_alias/" + alias);
        if (r.statusCode() == 404) {
            return Set.of();
        }
        OpenSearchClient.requireSuccess(r, "read alias " + alias);
        return OpenSearchClient.parse(r.body()).keySet();
    }

    /** The first write to a scope makes its first index with the alias in the same request. */
    private void ensureAlias(String scope) {
        String alias = alias(scope);
        if (knownAliases.contains(alias)) {
            return;
        }
        HttpResponse<String> head = client.head("/_alias/" + alias);
        if (head.statusCode() == 404 && POOLED.equals(layout) && !SHARED.equals(scope)) {
            createIndexOnce(POOL, OpenSearchClient.parse(indexDefinition()));
            JsonObject add = Json.createObjectBuilder().add("actions", Json.createArrayBuilder().add(
                    Json.createObjectBuilder().add("add", Json.createObjectBuilder()
                            .add("index", POOL).add("alias", alias).add("routing", scope)
                            .add("filter", Json.createObjectBuilder().add("term", Json.createObjectBuilder()
                                    .add("tenant_id", scope)))))).build();
            OpenSearchClient.requireSuccess(client.json("POST", "/_aliases", add.toString()), "add alias " + alias);
        } else if (head.statusCode() == 404) {
            JsonObject withAlias = Json.createObjectBuilder(OpenSearchClient.parse(indexDefinition()))
                    .add("aliases", Json.createObjectBuilder().add(alias, JsonValue.EMPTY_JSON_OBJECT)).build();
            createIndexOnce(alias + "_1", withAlias);
        } else {
            OpenSearchClient.requireSuccess(head, "check alias " + alias);
        }
        knownAliases.add(alias);
    }

    /** Creates the index unless it exists (another instance may have made it in between). */
    private void createIndexOnce(String name, JsonObject definition) {
        HttpResponse<String> created = client.json("PUT", "/" + name + "?wait_for_active_shards=1", definition.toString());
        if (!(created.statusCode() == 400 && created.body().contains("resource_already_exists_exception"))) {
            OpenSearchClient.requireSuccess(created, "create index " + name);
        }
    }

    private static void checkScope(String scope, DirectoryEntry e) {
        String expected = SHARED.equals(scope) ? null : scope;
        if (!java.util.Objects.equals(expected, e.tenantId())) {
            throw new IllegalArgumentException("Entry " + e.id() + " of " + e.tenantId() + " does not belong in " + scope);
        }
    }

    private static String action(String op, String index, UUID id) {
        return Json.createObjectBuilder().add(op, Json.createObjectBuilder().add("_index", index).add("_id", id.toString()))
                .build().toString();
    }

    /** The indexed document of an entry (also the benchmark's, for its routed-index layout). */
    public static String document(DirectoryEntry e) {
        JsonObjectBuilder doc = Json.createObjectBuilder()
                .add("id", e.id().toString())
                .add("tenant_id", e.shared() ? SHARED : e.tenantId())
                .add("kind", e.kind().name())
                .add("visibility", e.visibility().name())
                .add("name", e.name())
                .add("free", e.free());
        add(doc, "name_kana", e.nameKana());
        add(doc, "organization", e.organization());
        add(doc, "description", e.description());
        add(doc, "category", e.category());
        if (!e.addresses().isEmpty()) {
            doc.add("address", DirectorySearchBody.strings(e.addresses()));
        }
        doc.add("areas", DirectorySearchBody.strings(e.areas()));
        doc.add("districts", DirectorySearchBody.strings(e.districts()));
        doc.add("languages", DirectorySearchBody.strings(e.languages()));
        doc.add("grades", DirectorySearchBody.strings(e.grades()));
        if (!e.points().isEmpty()) {
            JsonArrayBuilder points = Json.createArrayBuilder();
            for (GeoPoint p : e.points()) {
                points.add(Json.createObjectBuilder().add("lat", p.latitude()).add("lon", p.longitude()));
            }
            doc.add("location", points);
        }
        if (e.updatedAt() != null) {
            doc.add("updated_at", e.updatedAt().truncatedTo(ChronoUnit.MILLIS).toString());
        }
        return doc.build().toString();
    }

    private static void add(JsonObjectBuilder doc, String field, String value) {
        if (value != null) {
            doc.add(field, value);
        }
    }

    private static String string(JsonObject src, String field) {
        JsonValue v = src.get(field);
        return v instanceof jakarta.json.JsonString s ? s.getString() : null;
    }

    private static String firstAddress(JsonObject src) {
        JsonValue v = src.get("address");
        if (v instanceof JsonArray a && !a.isEmpty()) {
            return a.getString(0);
        }
        return v instanceof jakarta.json.JsonString s ? s.getString() : null;
    }

    private static DirectoryKind kind(String value) {
        try {
            return value == null ? DirectoryKind.RESOURCE : DirectoryKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            return DirectoryKind.RESOURCE;
        }
    }

    private String indexDefinition() {
        String def = indexDefinition;
        if (def == null) {
            try (InputStream in = OpenSearchDirectoryIndex.class.getResourceAsStream(INDEX_DEFINITION)) {
                if (in == null) {
                    throw new IllegalStateException("Classpath resource " + INDEX_DEFINITION + " is missing");
                }
                def = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + INDEX_DEFINITION, e);
            }
            indexDefinition = def;
        }
        return def;
    }
}
