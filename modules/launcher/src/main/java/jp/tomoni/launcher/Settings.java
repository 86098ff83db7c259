package jp.tomoni.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's configuration, from environment variables (see the README's table). An external
 * database, Keycloak or search cluster replaces the embedded one when its URL is set.
 */
public record Settings(
        Path dataDir,
        Path stackDir,
        Path repoRoot,
        int httpPort,
        int dbPort,
        int keycloakPort,
        int searchPort,
        Optional<String> externalDbUrl,
        Optional<String> externalIssuer,
        Optional<String> externalSearchUrl,
        String publicUrl,
        Map<String, String> env) {

    public static Settings fromEnvironment(Map<String, String> env, Path defaultStackDir, Path repoRoot) {
        int http = port(env, "TOMONI_HTTP_PORT", 8080);
        return new Settings(
                Path.of(env.getOrDefault("TOMONI_DATA_DIR", repoRoot.resolve("data").toString())).toAbsolutePath(),
                Path.of(env.getOrDefault("TOMONI_STACK_DIR", defaultStackDir.toString())).toAbsolutePath(),
                repoRoot.toAbsolutePath(),
                http,
                port(env, "TOMONI_DB_PORT", 15432),
                port(env, "TOMONI_KEYCLOAK_PORT", 8180),
                port(env, "TOMONI_SEARCH_PORT", 9201),
                nonBlank(env.get("TOMONI_DB_URL")),
                nonBlank(env.get("TOMONI_OIDC_ISSUER")),
                nonBlank(env.get("TOMONI_SEARCH_URL")),
                env.getOrDefault("TOMONI_PUBLIC_URL", "http://localhost:" + http),
                Map.copyOf(env));
    }

    static int port(Map<String, String> env, String key, int fallback) {
        String v = env.get(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a port number, not '" + v + "'");
        }
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    public String get(String key, String fallback) {
        String v = env.get(key);
        return v == null || v.isBlank() ? fallback : v;
    }
}
