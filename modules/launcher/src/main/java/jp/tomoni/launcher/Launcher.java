package jp.tomoni.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

/**
 * Starts the local stack in order (PostgreSQL, OpenSearch and Keycloak, then Payara Micro with the
 * WAR), printing which part starts and how long it took, and stops all of it in reverse order.
 * Used by the run command and, with other ports and a fresh data folder, by the integration tests.
 */
public final class Launcher implements AutoCloseable {
    private final Settings settings;
    private final PrintStream out;
    private final List<StackPart> started = new ArrayList<>();
    private final long t0 = System.nanoTime();
    private PayaraServer payara;
    private SearchNode searchNode;
    private MailServer mailServer;
    private String issuer;
    private String searchUrl;
    private String dbUrl;

    public Launcher(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public Launcher start() throws Exception {
        try {
            Path data = settings.dataDir();
            Path logs = data.resolve("logs");
            Files.createDirectories(logs);
            Map<String, String> appEnv = new HashMap<>();
            // Keycloak (invitations, e-mail checks) and Tomoni (community notifications) send mails: to the
            // local mail server unless one is given
            boolean externalMail = settings.env().containsKey("TOMONI_MAIL_SMTP_HOST");
            Map<String, String> realmEnv = new HashMap<>();
            Map<String, String> mailEnv = new HashMap<>();
            if (externalMail) {
                for (String k : List.of("TOMONI_MAIL_SMTP_HOST", "TOMONI_MAIL_SMTP_PORT", "TOMONI_MAIL_FROM")) {
                    if (settings.env().containsKey(k)) {
                        mailEnv.put(k, settings.env().get(k));
                    }
                }
            } else {
                mailServer = new MailServer(Settings.port(settings.env(), "TOMONI_MAIL_PORT", 2525), data.resolve("mail"), out);
                mailEnv.put("TOMONI_MAIL_SMTP_HOST", "127.0.0.1");
                mailEnv.put("TOMONI_MAIL_SMTP_PORT", Integer.toString(mailServer.port()));
                if (settings.env().containsKey("TOMONI_MAIL_FROM")) {
                    mailEnv.put("TOMONI_MAIL_FROM", settings.env().get("TOMONI_MAIL_FROM"));
                }
            }
            realmEnv.putAll(mailEnv);
            appEnv.putAll(mailEnv);

            CompletableFuture<Void> keycloak = CompletableFuture.completedFuture(null);
            if (settings.externalIssuer().isPresent()) {
                issuer = settings.externalIssuer().get();
                say("Keycloak: using " + issuer);
            } else {
                issuer = "http://localhost:" + settings.keycloakPort() + "/realms/tomoni";
                // tenant files and realm files point at the local Keycloak through this
                realmEnv.put("TOMONI_KEYCLOAK_URL", "http://localhost:" + settings.keycloakPort());
                appEnv.put("TOMONI_KEYCLOAK_URL", "http://localhost:" + settings.keycloakPort());
                KeycloakServer kc = new KeycloakServer(
                        settings.stackDir().resolve("keycloak-quarkus-dist.zip"), data.resolve("keycloak"),
                        settings.keycloakPort(), List.of(
                                settings.repoRoot().resolve("infra/keycloak/tomoni-realm.json"),
                                // a city hall's own identity provider for the demo of brokered sign-in
                                settings.repoRoot().resolve("infra/keycloak/midorino-cityhall-realm.json")),
                        settings.get("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"),
                        settings.get("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"), logs.resolve("keycloak.log"), realmEnv);
                keycloak = CompletableFuture.runAsync(() -> startPart(kc));
            }

            if (settings.externalDbUrl().isPresent()) {
                dbUrl = settings.externalDbUrl().get();
                say("PostgreSQL: using " + dbUrl.replaceAll("//[^@/]*@", "//"));
                for (String k : List.of("TOMONI_DB_USER", "TOMONI_DB_PASSWORD", "TOMONI_DB_OWNER_USER", "TOMONI_DB_OWNER_PASSWORD")) {
                    appEnv.put(k, settings.get(k, ""));
                }
            } else {
                Secrets secrets = Secrets.loadOrCreate(data.resolve("secrets.properties"));
                PostgresDatabase pg = new PostgresDatabase(data.resolve("postgres"), settings.dbPort(),
                        settings.repoRoot().resolve("infra/db"), secrets);
                startPart(pg);
                dbUrl = pg.jdbcUrl();
                appEnv.put("TOMONI_DB_USER", PostgresDatabase.APP);
                appEnv.put("TOMONI_DB_PASSWORD", secrets.appPassword());
                appEnv.put("TOMONI_DB_OWNER_USER", PostgresDatabase.OWNER);
                appEnv.put("TOMONI_DB_OWNER_PASSWORD", secrets.ownerPassword());
            }

            if (settings.externalSearchUrl().isPresent()) {
                searchUrl = settings.externalSearchUrl().get();
                say("OpenSearch: using " + searchUrl);
            } else {
                searchNode = new SearchNode(data.resolve("opensearch"), settings.searchPort());
                startPart(searchNode);
                searchUrl = searchNode.httpUrl();
            }

            if (externalMail) {
                say("Mail: using " + realmEnv.get("TOMONI_MAIL_SMTP_HOST"));
            } else {
                startPart(mailServer);
            }

            appEnv.put("TOMONI_DB_URL", dbUrl);
            appEnv.put("TOMONI_SEARCH_URL", searchUrl);
            appEnv.put("TOMONI_OIDC_ISSUER", issuer);
            appEnv.put("TOMONI_PUBLIC_URL", settings.publicUrl());
            appEnv.put("TOMONI_TENANTS_DIR", settings.get("TOMONI_TENANTS_DIR",
                    settings.repoRoot().resolve("tenants").toString()));
            // the launcher runs Tomoni for trying it out: demo cases on unless told otherwise
            appEnv.put("TOMONI_DEMO_DATA", settings.get("TOMONI_DEMO_DATA", "true"));
            for (String k : List.of("TOMONI_OIDC_CLIENT_ID", "TOMONI_OIDC_CLIENT_SECRET",
                    "TOMONI_REGISTRATION_LIMIT_PER_HOUR", "TOMONI_TRUSTED_PROXIES",
                    "TOMONI_COMMUNITY_REMINDER_MINUTES", "TOMONI_COMMUNITY_REMINDER_SECONDS", "TOMONI_COMMUNITY_REMINDER_HOURS",
                    "TOMONI_JOBS_ALERT_MINUTES", "TOMONI_JOBS_EXPIRY_MINUTES", "TOMONI_JOBS_ALERT_SECONDS",
                    "TOMONI_JOBS_EXPIRY_SECONDS")) {
                if (settings.env().containsKey(k)) {
                    appEnv.put(k, settings.env().get(k));
                }
            }
            payara = new PayaraServer(settings.stackDir().resolve("payara-micro.jar"),
                    settings.stackDir().resolve("tomoni.war"), data.resolve("payara"), settings.httpPort(), appEnv,
                    logs.resolve("payara.log"), settings.get("TOMONI_APP_MAX_HEAP", "1g"));
            startPart(payara);
            try {
                keycloak.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception ex ? ex : e;
            }
            ChildProcess.awaitHttp200(null, payara.url() + "/health/ready",
                    Duration.ofSeconds(60), logs.resolve("payara.log"), "Tomoni readiness");
            say("Tomoni is ready at " + settings.publicUrl() + " (" + elapsed() + ")");
            return this;
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    private void startPart(StackPart part) {
        long t = System.nanoTime();
        say("starting " + part.name() + " …");
        Thread ticker = Thread.ofVirtual().start(() -> {
            try {
                while (true) {
                    Thread.sleep(10_000);
                    say("  " + part.name() + " still starting (" + seconds(t) + ")");
                }
            } catch (InterruptedException done) {
                // started or failed
            }
        });
        try {
            synchronized (started) {
                started.add(part);
            }
            part.start();
            say(part.name() + " ready in " + seconds(t));
        } catch (Exception e) {
            throw new IllegalStateException(part.name() + " failed to start: " + e.getMessage(), e);
        } finally {
            ticker.interrupt();
        }
    }

    public String appUrl() {
        return payara.url();
    }

    public String issuer() {
        return issuer;
    }

    public String searchUrl() {
        return searchUrl;
    }

    public String dbUrl() {
        return dbUrl;
    }

    public SearchNode searchNode() {
        return searchNode;
    }

    /** The local mail server, or null when an external one is configured. */
    public MailServer mailServer() {
        return mailServer;
    }

    public long appPid() {
        return payara == null ? -1 : payara.pid();
    }

    @Override
    public void close() {
        List<StackPart> parts;
        synchronized (started) {
            parts = new ArrayList<>(started);
            started.clear();
        }
        for (int i = parts.size() - 1; i >= 0; i--) {
            StackPart p = parts.get(i);
            try {
                p.close();
                say(p.name() + " stopped");
            } catch (RuntimeException e) {
                say(p.name() + " did not stop cleanly: " + e.getMessage());
            }
        }
    }

    private void say(String line) {
        out.printf("[%6s] %s%n", elapsed(), line);
    }

    private String elapsed() {
        return seconds(t0);
    }

    private static String seconds(long since) {
        return String.format("%.1f s", (System.nanoTime() - since) / 1e9);
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
