package jp.tomoni.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** Helpers for parts that run as child processes: wait for an HTTP answer, stop the whole tree. */
final class ChildProcess {
    // HTTP/1.1: no h2c upgrade handshake with servers that are still starting
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private ChildProcess() {
    }

    /** Polls until {@code url} answers 200, the process (if any) dies, or the deadline passes. */
    static void awaitHttp200(Process process, String url, Duration deadline, Path log, String part) throws Exception {
        awaitHttp200(process, List.of(url), deadline, log, part);
    }

    /** Waits until any of {@code urls} answers 200; a failure says what each answered last. */
    static void awaitHttp200(Process process, List<String> urls, Duration deadline, Path log, String part) throws Exception {
        long end = System.nanoTime() + deadline.toNanos();
        Map<String, String> last = new LinkedHashMap<>();
        while (System.nanoTime() < end) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(part + " stopped while starting (exit " + process.exitValue() + "). "
                        + "Last lines of " + log + ":\n" + tail(log, 25));
            }
            for (String url : urls) {
                try {
                    var res = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (res.statusCode() == 200) {
                        return;
                    }
                    String body = res.body() == null ? "" : res.body();
                    last.put(url, res.statusCode() + " " + body.substring(0, Math.min(200, body.length())));
                } catch (IOException e) {
                    // not listening yet, or no answer within the request's timeout
                    last.put(url, e.getClass().getSimpleName());
                }
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(part + " did not become ready within " + deadline.toSeconds() + " s (last answers: "
                + last + "). Last lines of " + log + ":\n" + tail(log, 25));
    }

    /** Stops a process and all its descendants, politely first, then by force. */
    static void stopTree(Process process, Duration grace) {
        if (process == null) {
            return;
        }
        // snapshot first: once a wrapper script exits, its java child is re-parented and no longer a descendant
        List<ProcessHandle> tree = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
        tree.forEach(ProcessHandle::destroy);
        awaitExit(tree, grace);
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        awaitExit(tree, Duration.ofSeconds(5));
    }

    private static void awaitExit(List<ProcessHandle> processes, Duration timeout) {
        CompletableFuture<?>[] exits = processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // the caller escalates or gives up
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
