package jp.tomoni.search;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;

/**
 * OpenSearch's REST API over {@link HttpClient}: unreachable node, timeouts and HTTP 429/5xx raise
 * {@link SearchUnavailableException} so that callers keep the work and retry later.
 */
final class OpenSearchClient implements AutoCloseable {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    static final Duration BULK_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(1);

    private final String baseUrl;
    private final HttpClient http;

    OpenSearchClient(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("tomoni.search.url is not set");
        }
        this.baseUrl = url.strip().replaceAll("/+$", "");
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public void close() {
        http.close();
    }

    HttpResponse<String> get(String path) {
        return send(request(path, REQUEST_TIMEOUT).GET().build());
    }

    HttpResponse<String> head(String path) {
        return send(request(path, REQUEST_TIMEOUT).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    }

    HttpResponse<String> delete(String path) {
        return send(request(path, REQUEST_TIMEOUT).DELETE().build());
    }

    HttpResponse<String> json(String method, String path, String body) {
        return send(request(path, REQUEST_TIMEOUT).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    HttpResponse<String> bulk(String path, String ndjson) {
        return send(request(path, BULK_TIMEOUT).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(ndjson, StandardCharsets.UTF_8)).build());
    }

    boolean healthy() {
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

    private HttpRequest.Builder request(String pathAndQuery, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(timeout)
                .header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest req) {
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SearchUnavailableException("OpenSearch at " + baseUrl + " is not reachable ("
                    + req.method() + " " + req.uri().getRawPath() + "): " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchUnavailableException("Interrupted while calling OpenSearch at " + baseUrl, e);
        }
    }

    static void requireSuccess(HttpResponse<String> r, String what) {
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

    static JsonObject parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonParsingException e) {
            throw new IllegalStateException("Unexpected response from OpenSearch: " + abbreviate(body), e);
        }
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 500 ? s : s.substring(0, 500) + "...";
    }
}
