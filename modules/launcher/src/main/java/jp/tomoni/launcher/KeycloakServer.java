package jp.tomoni.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Keycloak from its Quarkus distribution zip, in development mode with the Tomoni realm imported.
 *
 * <p>Listens on 127.0.0.1 only. The distribution and its H2 database stay in {@code home}, so later
 * starts skip unpacking, the one-off build step and the realm import. Output goes to the log file.
 */
public final class KeycloakServer implements StackPart {

    public static final String REALM = "tomoni";

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(5);
    private static final long POLL_MILLIS = 500;
    private static final int LOG_TAIL_LINES = 20;
    private static final int LOG_TAIL_BYTES = 64 * 1024;
    private static final String UNPACKED_MARKER = ".tomoni-unpacked";

    private final Path distributionZip;
    private final Path home;
    private final int port;
    private final List<Path> realmFiles;
    private final String adminUser;
    private final String adminPassword;
    private final Path logFile;
    private final Map<String, String> realmEnv;

    // Guarded by this. close() may run on another thread while start() is still unpacking or waiting.
    private boolean started;
    private boolean closed;
    private Process process;

    /**
     * @param realmEnv variables the realm file's placeholders ({@code ${TOMONI_MAIL_SMTP_PORT:2525}}) read at import
     */
    public KeycloakServer(Path distributionZip, Path home, int port, List<Path> realmFiles,
                          String adminUser, String adminPassword, Path logFile, Map<String, String> realmEnv) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("invalid Keycloak port " + port);
        }
        this.distributionZip = Objects.requireNonNull(distributionZip, "distributionZip");
        this.home = Objects.requireNonNull(home, "home").toAbsolutePath().normalize();
        this.port = port;
        this.realmFiles = List.copyOf(realmFiles);
        this.adminUser = Objects.requireNonNull(adminUser, "adminUser");
        this.adminPassword = Objects.requireNonNull(adminPassword, "adminPassword");
        this.logFile = Objects.requireNonNull(logFile, "logFile").toAbsolutePath();
        this.realmEnv = Map.copyOf(realmEnv);
    }

    @Override
    public String name() {
        return "Keycloak";
    }

    /** The token issuer. {@code start-dev} derives it from the request host, so clients must use {@code localhost} too. */
    public URI issuer() {
        return URI.create("http://localhost:" + port + "/realms/" + REALM);
    }

    public int port() {
        return port;
    }

    @Override
    public void start() throws Exception {
        synchronized (this) {
            if (started || closed) {
                throw new IllegalStateException("a KeycloakServer can be started only once");
            }
            started = true;
        }
        Ports.requireFree(port, "Keycloak", "TOMONI_KEYCLOAK_PORT");
        unpackIfNeeded();
        installRealm();
        installThemes();
        Process launched;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("Keycloak start cancelled: stopped before it was launched");
            }
            launched = launch();
            process = launched;
        }
        try {
            awaitReady(launched);
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        Process running;
        synchronized (this) {
            closed = true;
            running = process;
            process = null;
        }
        if (running != null) {
            ChildProcess.stopTree(running, STOP_TIMEOUT);
        }
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    private void unpackIfNeeded() throws IOException {
        Path marker = home.resolve(UNPACKED_MARKER);
        if (Files.exists(marker) && !Files.exists(distributionZip)) {
            return;
        }
        if (!Files.isRegularFile(distributionZip)) {
            throw new IllegalStateException("Keycloak distribution not found: " + distributionZip);
        }
        try (ZipFile zip = new ZipFile(distributionZip.toFile())) {
            // Entries sit under a versioned top directory such as "keycloak-26.7.3/"; home is that directory.
            String version = topDirectory(zip.entries().nextElement());
            if (Files.exists(marker)) {
                if (Files.readString(marker).strip().equals(version)) {
                    return;
                }
                // Another version: replace the program but keep data/, whose database Keycloak migrates.
                appendToLog("replacing " + Files.readString(marker).strip() + " in " + home + " with " + version);
                try (Stream<Path> children = Files.list(home)) {
                    for (Path child : children.filter(child -> !child.endsWith("data")).toList()) {
                        Launcher.deleteTree(child);
                    }
                }
            }
            Files.createDirectories(home);
            for (ZipEntry entry : Collections.list(zip.entries())) {
                unpack(zip, entry);
            }
            // java.util.zip does not carry Unix permissions.
            try (Stream<Path> bin = Files.list(home.resolve("bin"))) {
                bin.filter(file -> file.toString().endsWith(".sh")).forEach(file -> file.toFile().setExecutable(true));
            }
            // Written last, so an interrupted unpack is redone on the next start.
            Files.writeString(marker, version + "\n");
        }
    }

    private static String topDirectory(ZipEntry entry) {
        String name = entry.getName();
        int slash = name.indexOf('/');
        return slash < 0 ? name : name.substring(0, slash);
    }

    private void unpack(ZipFile zip, ZipEntry entry) throws IOException {
        String name = entry.getName();
        String relative = name.substring(name.indexOf('/') + 1);
        if (relative.isEmpty()) {
            return;
        }
        Path target = home.resolve(relative).normalize();
        if (!target.startsWith(home)) {
            throw new IOException("refusing zip entry outside " + home + ": " + name);
        }
        if (entry.isDirectory()) {
            Files.createDirectories(target);
            return;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = zip.getInputStream(entry)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Copies each realm file (named {@code <realm>-realm.json}) into the import folder. */
    private void installRealm() throws IOException {
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        boolean changed = false;
        for (Path realmFile : realmFiles) {
            if (!Files.isRegularFile(realmFile)) {
                throw new IllegalStateException("realm file not found: " + realmFile);
            }
            Path installed = imports.resolve(realmFile.getFileName());
            changed |= !Files.exists(installed) || Files.mismatch(installed, realmFile) != -1;
        }
        try (Stream<Path> present = Files.list(imports)) {
            List<Path> wanted = realmFiles.stream().map(Path::getFileName).toList();
            changed |= present.anyMatch(p -> !wanted.contains(p.getFileName()));
        }
        if (changed && Files.exists(home.resolve("data/h2"))) {
            // --import-realm skips a realm that already exists, so an edited realm file would be
            // ignored silently; start from a fresh development database instead.
            appendToLog("realm files changed: deleting " + home.resolve("data/h2") + " to import them again");
            Launcher.deleteTree(home.resolve("data/h2"));
        }
        if (changed) {
            Launcher.deleteTree(imports);
            Files.createDirectories(imports);
            for (Path realmFile : realmFiles) {
                Files.copy(realmFile, imports.resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Tomoni's themes ({@code infra/keycloak/themes/<name>}, next to the realm files) replace any older copy. */
    private void installThemes() throws IOException {
        Path source = realmFiles.get(0).resolveSibling("themes");
        if (!Files.isDirectory(source)) {
            return;
        }
        try (Stream<Path> themes = Files.list(source)) {
            for (Path theme : themes.filter(Files::isDirectory).toList()) {
                Path target = home.resolve("themes").resolve(theme.getFileName().toString());
                Launcher.deleteTree(target);
                try (Stream<Path> files = Files.walk(theme)) {
                    for (Path file : files.toList()) {
                        Path to = target.resolve(theme.relativize(file).toString());
                        if (Files.isDirectory(file)) {
                            Files.createDirectories(to);
                        } else {
                            Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
        }
    }

    private Process launch() throws IOException {
        List<String> command = List.of(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--import-realm",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                // start-dev's default, stated so that no JGroups cluster port (7800) can ever open
                "--cache=local",
                "--log-console-color=false");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        Map<String, String> env = builder.environment();
        // Inherited KC_* variables would reconfigure the server behind our back, JAVA would override
        // JAVA_HOME, and DEBUG=true makes kc.sh open a debugger port on all interfaces.
        env.keySet().removeIf(key -> key.startsWith("KC_") || key.equals("DEBUG") || key.equals("JAVA"));
        env.putAll(realmEnv);
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", adminUser);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);

        appendToLog("starting " + String.join(" ", command));
        Process started = builder.start();
        started.getOutputStream().close();
        return started;
    }

    private void awaitReady(Process launched) throws IOException, InterruptedException {
        URI wellKnown = URI.create(issuer() + "/.well-known/openid-configuration");
        HttpRequest request = HttpRequest.newBuilder(wellKnown).timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            while (true) {
                if (isClosed()) {
                    throw new IllegalStateException("Keycloak start cancelled: stopped while starting");
                }
                if (!launched.isAlive()) {
                    throw new IllegalStateException("Keycloak exited with code " + launched.exitValue()
                            + " before it was ready; last lines of " + logFile + ":\n" + ChildProcess.tail(logFile, LOG_TAIL_LINES));
                }
                try {
                    if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notListeningYet) {
                    // expected until the HTTP listener is up
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Keycloak did not answer " + wellKnown + " within "
                            + STARTUP_TIMEOUT.toSeconds() + " s; last lines of " + logFile + ":\n" + ChildProcess.tail(logFile, LOG_TAIL_LINES));
                }
                Thread.sleep(POLL_MILLIS);
            }
        }
    }

    private void appendToLog(String line) throws IOException {
        Files.createDirectories(logFile.getParent());
        Files.writeString(logFile, "=== " + Instant.now() + " tomoni launcher: " + line + System.lineSeparator(),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

}
