package jp.tomoni.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tomoni.domain.resource.ResourceCategory;
import jp.tomoni.domain.resource.ResourceHit;
import jp.tomoni.domain.resource.ResourceIndex;
import jp.tomoni.domain.resource.SocialResource;

/**
 * {@link ResourceIndex} on OpenSearch's REST API, using only {@link HttpClient} and JSON-P.
 *
 * <p>One index per tenant, {@code tomoni_<tenantId>_resources}, created on first use with the settings and
 * mappings in {@code /search/resources-index.json} (kuromoji analyser {@code ja_text}). Unreachable node,
 * timeouts and HTTP 429/5xx raise {@link SearchUnavailableException} so the outbox relay can retry later.
 */
@ApplicationScoped
public class OpenSearchResourceIndex implements ResourceIndex {
    static final String INDEX_DEFINITION = "/search/resources-index.json";

    private static final Pattern TENANT_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(1);
    private static final int MAX_RESULTS = 10_000; // index.max_result_window

    @Inject
    @ConfigProperty(name = "tomoni.search.url")
    String url;

    /** When true, writes use {@code refresh=wait_for} so they are searchable on return (tests, demos). */
    @Inject
    @ConfigProperty(name = "tomoni.search.refresh-on-write", defaultValue = "false")
    boolean refreshOnWrite;

    private String baseUrl;
    private HttpClient http;
    private volatile String indexDefinition;
    private final Set<String> knownIndexes = ConcurrentHashMap.newKeySet();

    /** For CDI. */
    public OpenSearchResourceIndex() {
    }

    /** For tests outside a container: {@code url} like {@code http://127.0.0.1:9201}. */
    OpenSearchResourceIndex(String url) {
        this.url = url;
        init();
    }

    @PostConstruct
    void init() {
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("tomoni.search.url is not set");
        }
        baseUrl = url.strip().replaceAll("/+$", "");
        http = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @PreDestroy
    void shutdown() {
        if (http != null) {
            http.close();
        }
    }

    /** Makes writes searchable on return ({@code refresh=wait_for}); for tests. */
    public void setRefreshOnWrite(boolean refreshOnWrite) {
        this.refreshOnWrite = refreshOnWrite;
    }

    /** Makes everything written so far to the tenant's index searchable now; no-op if the index does not exist. */
    public void refresh(String tenantId) {
        String index = indexName(tenantId);
        HttpResponse<String> r = send(request("/" + index + "/_refresh", REQUEST_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        if (r.statusCode() != 404) {
            requireSuccess(r, "refresh " + index);
        }
    }

    @Override
    public void put(String tenantId, SocialResource resource) {
        String index = indexName(tenantId);
        if (!tenantId.equals(resource.tenantId())) {
            throw new IllegalArgumentException("Resource " + resource.id() + " belongs to tenant "
                    + resource.tenantId() + ", not " + tenantId);
        }
        ensureIndex(index);
        JsonObjectBuilder doc = Json.createObjectBuilder()
                .add("id", resource.id().toString())
                .add("tenant_id", resource.tenantId())
                .add("name", resource.name())
                .add("category", resource.category().name());
        addIfPresent(doc, "description", resource.description());
        addIfPresent(doc, "address", resource.address());
        if (resource.updatedAt() != null) {
            doc.add("updated_at", resource.updatedAt().truncatedTo(ChronoUnit.MILLIS).toString());
        }
        String path = "/" + index + "/_doc/" + resource.id() + (refreshOnWrite ? "?refresh=wait_for" : "");
        HttpResponse<String> r = send(jsonRequest("PUT", path, doc.build().toString()));
        requireSuccess(r, "index resource " + resource.id() + " in " + index);
    }

    @Override
    public List<ResourceHit> search(String tenantId, String query, int limit) {
        String index = indexName(tenantId);
        if (query == null || query.isBlank() || limit <= 0) {
            return List.of();
        }
        JsonObject body = Json.createObjectBuilder()
                .add("size", Math.min(limit, MAX_RESULTS))
                .add("track_total_hits", false)
                .add("_source", Json.createArrayBuilder().add("id").add("name").add("category")
                        .add("description").add("address"))
                .add("query", Json.createObjectBuilder().add("bool", Json.createObjectBuilder()
                        .add("must", Json.createObjectBuilder().add("multi_match", Json.createObjectBuilder()
                                .add("query", query.strip())
                                .add("fields", Json.createArrayBuilder().add("name^3").add("description").add("address"))
                                .add("type", "cross_fields")
                                .add("operator", "and")))
                        // defence in depth: the index is already per tenant
                        .add("filter", Json.createObjectBuilder().add("term", Json.createObjectBuilder()
                                .add("tenant_id", tenantId)))))
                .add("sort", Json.createArrayBuilder()
                        .add("_score")
                        .add(Json.createObjectBuilder().add("name.keyword", "asc")))
                .build();
        HttpResponse<String> r = send(jsonRequest("POST", "/" + index + "/_search", body.toString()));
        if (r.statusCode() == 404) {
            return List.of(); // nothing indexed for this tenant yet
        }
        requireSuccess(r, "search " + index);
        JsonArray hits = parse(r.body()).getJsonObject("hits").getJsonArray("hits");
        List<ResourceHit> out = new ArrayList<>(hits.size());
        for (JsonValue h : hits) {
            JsonObject src = h.asJsonObject().getJsonObject("_source");
            out.add(new ResourceHit(
                    UUID.fromString(src.getString("id")),
                    src.getString("name", ""),
                    category(src.getString("category", null)),
                    src.getString("description", null),
                    src.getString("address", null)));
        }
        return out;
    }

    @Override
    public boolean isAvailable() {
        try {
            HttpResponse<String> r = http.send(request("/_cluster/health", HEALTH_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) {
                return false;
            }
            String status = parse(r.body()).getString("status", "red");
            return status.equals("green") || status.equals("yellow");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    /** {@code tomoni_<tenantId>_resources}; the tenant id is checked so it cannot address other indexes. */
    static String indexName(String tenantId) {
        if (tenantId == null || !TENANT_ID.matcher(tenantId).matches()) {
            throw new IllegalArgumentException("Invalid tenant id for a search index: " + tenantId);
        }
        return "tomoni_" + tenantId + "_resources";
    }

    private void ensureIndex(String index) {
        if (knownIndexes.contains(index)) {
            return;
        }
        HttpResponse<String> head = send(request("/" + index, REQUEST_TIMEOUT)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        if (head.statusCode() == 404) {
            HttpResponse<String> created = send(jsonRequest("PUT", "/" + index + "?wait_for_active_shards=1",
                    indexDefinition()));
            // another instance may have created it in between
            if (!(created.statusCode() == 400 && created.body().contains("resource_already_exists_exception"))) {
                requireSuccess(created, "create index " + index);
            }
        } else {
            requireSuccess(head, "check index " + index);
        }
        knownIndexes.add(index);
    }

    private String indexDefinition() {
        String def = indexDefinition;
        if (def == null) {
            try (InputStream in = OpenSearchResourceIndex.class.getResourceAsStream(INDEX_DEFINITION)) {
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

    private HttpRequest.Builder request(String pathAndQuery, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(timeout)
                .header("Accept", "application/json");
    }

    private HttpRequest jsonRequest(String method, String pathAndQuery, String body) {
        return request(pathAndQuery, REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    private HttpResponse<String> send(HttpRequest req) {
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // ConnectException, HttpConnectTimeoutException, HttpTimeoutException, connection reset ...
            throw new SearchUnavailableException("OpenSearch at " + baseUrl + " is not reachable ("
                    + req.method() + " " + req.uri().getRawPath() + "): " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchUnavailableException("Interrupted while calling OpenSearch at " + baseUrl, e);
        }
    }

    private static void requireSuccess(HttpResponse<String> r, String what) {
        int status = r.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        String message = "OpenSearch could not " + what + ": HTTP " + status + " " + abbreviate(r.body());
        if (status == 429 || status >= 500) {
            throw new SearchUnavailableException(message);
        }
        throw new IllegalStateException(message);
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonParsingException e) {
            throw new IllegalStateException("Unexpected response from OpenSearch: " + abbreviate(body), e);
        }
    }

    private static void addIfPresent(JsonObjectBuilder doc, String field, String value) {
        if (value != null) {
            doc.add(field, value);
        }
    }

    private static ResourceCategory category(String value) {
        if (value != null) {
            try {
                return ResourceCategory.valueOf(value);
            } catch (IllegalArgumentException e) {
                // a category removed from the enum after indexing: still show the hit
            }
        }
        return ResourceCategory.OTHER;
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 500 ? s : s.substring(0, 500) + "...";
    }
}
