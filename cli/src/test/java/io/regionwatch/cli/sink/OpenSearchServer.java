package io.regionwatch.cli.sink;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real single-node OpenSearch from the Maven Central distribution, on 127.0.0.1 only. OpenSearch
 * refuses to run as root, so as root it runs as an unprivileged user (created with useradd when
 * missing) through setpriv, from a private copy owned by that user. {@link #close()} always stops it;
 * a shutdown hook does too if the test JVM dies first.
 */
final class OpenSearchServer implements AutoCloseable {
    static final String USER = "regionwatch-it";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private final Process process;
    private final Path dir;
    private final Path log;
    private final Thread hook;
    final URI url;

    private OpenSearchServer(Process process, Path dir, Path log, URI url) {
        this.process = process;
        this.dir = dir;
        this.log = log;
        this.url = url;
        this.hook = new Thread(this::kill, "stop-opensearch");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Why the server cannot be started here, or null when it can. */
    static String unavailableReason(Path home) {
        if (home == null || !Files.isExecutable(home.resolve("bin/opensearch"))) {
            return "OpenSearch distribution not unpacked at " + home + " (run through Maven: ./mvnw verify)";
        }
        if (isRoot() && !Files.isExecutable(Path.of("/usr/bin/setpriv"))) {
            return "running as root without setpriv to drop to an unprivileged user";
        }
        return null;
    }

    static OpenSearchServer start(Path home) throws IOException, InterruptedException {
        if (isRoot()) {
            ensureUser();
        }
        Path dir = privateCopy(home);
        int http = freePort();
        ProcessBuilder pb = new ProcessBuilder(command(dir, http)).redirectErrorStream(true);
        Path log = dir.resolve("console.log");
        pb.redirectOutput(log.toFile());
        pb.environment().put("OPENSEARCH_JAVA_HOME", javaForOpenSearch().toString());
        pb.environment().put("OPENSEARCH_JAVA_OPTS", "-Xms384m -Xmx384m");
        pb.environment().put("HOME", dir.toString());
        OpenSearchServer server = new OpenSearchServer(pb.start(), dir, log, URI.create("http://127.0.0.1:" + http));
        try {
            server.awaitReady();
        } catch (IOException | RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** A copy of the distribution the server's user owns (its data and logs go there too), removed if this fails. */
    private static Path privateCopy(Path home) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("regionwatch-opensearch-");
        try {
            run(List.of("cp", "-a", home + "/.", dir.toString()));
            Files.createDirectories(dir.resolve("data"));
            Files.createDirectories(dir.resolve("logs"));
            if (isRoot()) {
                run(List.of("chown", "-R", USER + ":" + USER, dir.toString()));
            }
            return dir;
        } catch (IOException | InterruptedException e) {
            delete(dir);
            throw e;
        }
    }

    private static List<String> command(Path dir, int http) throws IOException {
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("/usr/bin/setpriv", "--reuid=" + USER, "--regid=" + USER, "--clear-groups", "--"));
        }
        command.addAll(List.of(dir.resolve("bin/opensearch").toString(), "-Ediscovery.type=single-node",
                "-Enetwork.host=127.0.0.1", "-Ehttp.port=" + http, "-Etransport.port=" + freePort(),
                "-Epath.data=" + dir.resolve("data"), "-Epath.logs=" + dir.resolve("logs"),
                "-Ecluster.routing.allocation.disk.threshold_enabled=false", "-Ecluster.name=regionwatch-it"));
        return command;
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("OpenSearch exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpRequest health = HttpRequest.newBuilder(url.resolve("/_cluster/health?wait_for_status=yellow&timeout=5s"))
                        .timeout(Duration.ofSeconds(10)).build();
                if (client.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(500);
            }
        }
        throw new IOException("OpenSearch not ready after " + START_TIMEOUT + ":\n" + logTail());
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        kill();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: nothing left to undo
        }
        delete(dir);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless; the server is already stopped
        }
    }

    /** SIGTERM to the server and its children, then SIGKILL whatever is still alive after 20 s. */
    private void kill() {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        try {
            process.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /**
     * A JDK that OpenSearch 2.19 supports (17 to 21): the test's own when it is one, else an installed
     * 21 or 17, so the test also runs when Maven itself runs on a newer JDK.
     */
    static Path javaForOpenSearch() {
        Path own = Path.of(System.getProperty("java.home"));
        if (Runtime.version().feature() <= 21) {
            return own;
        }
        for (String candidate : List.of("/usr/lib/jvm/java-21-openjdk-amd64", "/usr/lib/jvm/temurin-21-jdk-amd64",
                "/usr/lib/jvm/java-17-openjdk-amd64", "/usr/lib/jvm/temurin-17-jdk-amd64")) {
            if (Files.isExecutable(Path.of(candidate, "bin", "java"))) {
                return Path.of(candidate);
            }
        }
        return own;
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Creates the unprivileged user when missing; skips the test (not fails) when none can be had. */
    private static void ensureUser() throws IOException, InterruptedException {
        if (new ProcessBuilder("id", "-u", USER).start().waitFor() != 0) {
            try {
                run(List.of("useradd", "--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", USER));
            } catch (IOException e) {
                org.junit.jupiter.api.Assumptions.abort("skipped: OpenSearch refuses root and no unprivileged user could be created: "
                        + e.getMessage());
            }
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
