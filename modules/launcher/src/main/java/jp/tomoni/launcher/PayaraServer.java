package jp.tomoni.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Payara Micro serving the Tomoni WAR at {@code /}, bound to 127.0.0.1, in a child process whose
 * configuration comes only from environment variables (the same ones a deployment sets).
 */
public final class PayaraServer implements StackPart {
    private final Path payaraJar;
    private final Path war;
    private final Path workDir;
    private final int port;
    private final Map<String, String> environment;
    private final Path log;
    private final String maxHeap;
    private Process process;

    public PayaraServer(Path payaraJar, Path war, Path workDir, int port, Map<String, String> environment, Path log,
                        String maxHeap) {
        this.payaraJar = payaraJar;
        this.war = war;
        this.workDir = workDir;
        this.port = port;
        this.environment = Map.copyOf(environment);
        this.log = log;
        this.maxHeap = maxHeap;
    }

    @Override
    public String name() {
        return "Payara Micro";
    }

    @Override
    public void start() throws Exception {
        Ports.requireFree(port, "Tomoni (or another web server)", "TOMONI_HTTP_PORT");
        for (Path p : List.of(payaraJar, war)) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalStateException(p + " is missing: build first (./mvnw -DskipTests install)");
            }
        }
        // a reused root dir fails with "already has a web module loaded at /"
        Path root = workDir.resolve("payara-root");
        Launcher.deleteTree(root);
        Files.createDirectories(root);
        Path preboot = workDir.resolve("preboot.asadmin");
        Files.writeString(preboot, String.join("\n",
                "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1",
                "set configs.config.server-config.admin-service.das-config.dynamic-reload-enabled=false",
                "set configs.config.server-config.admin-service.das-config.autodeploy-enabled=false",
                ""));
        Files.createDirectories(log.getParent());
        List<String> cmd = new ArrayList<>(List.of(ChildProcess.javaExecutable(), "-Xmx" + maxHeap,
                "-Dfile.encoding=UTF-8", "-Djava.net.preferIPv4Stack=true",
                // Known exposure: Payara's data grid (Hazelcast) still listens on *:6900 whatever we pass
                // (--interfaces, hazelcast.socket.bind.any=false, a preboot set-hazelcast-configuration fails)
                "-Dhazelcast.local.localAddress=127.0.0.1",
                "-jar", payaraJar.toString(),
                "--deploy", war.toString(), "--contextroot", "/",
                "--port", Integer.toString(port), "--nocluster", "--nohazelcast",
                "--rootdir", root.toString(), "--prebootcommandfile", preboot.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(environment);
        process = pb.start();
        // the application answers: alive, or already ready (one CI start saw Payara deployed and /health/ready
        // at 200 while the launcher's /health/live polls went unanswered for four minutes)
        ChildProcess.awaitHttp200(process, List.of("http://127.0.0.1:" + port + "/health/live",
                "http://127.0.0.1:" + port + "/health/ready"), Duration.ofSeconds(240), log, name());
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    @Override
    public void close() {
        ChildProcess.stopTree(process, Duration.ofSeconds(20));
        process = null;
    }
}
