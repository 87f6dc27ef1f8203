package io.regionwatch.cli.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Watch mode against scan, with real crashes: a sync job copies simulated logs into the watched
 * folder (JSON-lines files arrive in growing pieces) while a separate watch JVM is killed with
 * SIGKILL at random moments and restarted. At the end the alert file must hold exactly the alerts
 * scan finds in the same files: none missing, none twice.
 */
class WatchCrashTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path work;

    private Path src;
    private List<String> expected;

    @BeforeEach
    void simulateAndScan() throws IOException {
        src = work.resolve("src");
        assertThat(cli("simulate", "--out", src.toString(), "--background-events", "6000")).isZero();
        Path scanAlerts = work.resolve("scan.ndjson");
        assertThat(cli("scan", src.toString(), "--alerts", scanAlerts.toString(), "--state", work.resolve("scan.db").toString(),
                "--rejects", work.resolve("scan-rejects.ndjson").toString(), "-q")).isZero();
        expected = uuids(scanAlerts);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(5);
        Files.createDirectories(work.resolve("in"));
    }

    @Test
    void killedAtRandomMomentsItNeitherLosesNorRepeatsAnAlert() throws Exception {
        List<Path> files = sourceFiles();
        Random random = new Random(7535);
        int copied = 0;
        for (int round = 0; round < 4; round++) {
            long linesBefore = statusLines();
            WatchProcess watch = WatchProcess.start(work, "--from-beginning");
            int upTo = files.size() * (round + 1) / 4;
            for (; copied < upTo; copied++) {
                sync(files.get(copied), copied % 7 == 0);
            }
            awaitStatusLineAfter(linesBefore);
            Thread.sleep(random.nextInt(1200));
            watch.kill();
        }
        WatchProcess last = WatchProcess.start(work, "--from-beginning", "--exit-when-idle", "2s");
        assertThat(last.awaitExit(120)).as(Files.readString(work.resolve("watch.err"))).isZero();
        List<String> written = uuids(work.resolve("alerts.ndjson"));
        assertThat(Files.readString(work.resolve("watch.err"))).as("a restart rebuilt state from the read log")
                .contains("replayed");
        assertThat(written).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void sigtermStopsGracefullyAndTheRestartGoesOn() throws Exception {
        List<Path> files = sourceFiles();
        WatchProcess watch = WatchProcess.start(work, "--from-beginning");
        for (int i = 0; i < files.size() / 2; i++) {
            sync(files.get(i), false);
        }
        Thread.sleep(1500);
        assertThat(watch.terminate()).isNotEqualTo(-1);
        for (int i = files.size() / 2; i < files.size(); i++) {
            sync(files.get(i), false);
        }
        WatchProcess last = WatchProcess.start(work, "--from-beginning", "--exit-when-idle", "2s");
        assertThat(last.awaitExit(120)).isZero();
        assertThat(uuids(work.resolve("alerts.ndjson"))).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Status lines so far: one appears each second once a process is past its replay and polling. */
    private long statusLines() throws IOException {
        Path err = work.resolve("watch.err");
        return Files.exists(err) ? Files.readAllLines(err).stream().filter(l -> l.contains(" files, ")).count() : 0;
    }

    /** Waits until the process started last is polling (so that killing it interrupts real work). */
    private void awaitStatusLineAfter(long before) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (statusLines() <= before) {
            assertThat(System.nanoTime()).as("watch process polling").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private List<Path> sourceFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(src)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Copies one file as a sync job would; JSON-lines files optionally in two appends, the first ending mid-line. */
    private void sync(Path file, boolean inPieces) throws IOException, InterruptedException {
        Path target = work.resolve("in").resolve(src.relativize(file).toString());
        Files.createDirectories(target.getParent());
        byte[] bytes = Files.readAllBytes(file);
        if (!inPieces || FileFraming.sniff(bytes, bytes.length, true) != FileFraming.LINES) {
            Files.write(work.resolve("staging.tmp"), bytes);
            Files.move(work.resolve("staging.tmp"), target);
            return;
        }
        int half = bytes.length / 2;
        Files.write(target, java.util.Arrays.copyOf(bytes, half));
        Thread.sleep(50);
        Files.write(target, java.util.Arrays.copyOfRange(bytes, half, bytes.length), StandardOpenOption.APPEND);
    }

    private static List<String> uuids(Path alerts) throws IOException {
        List<String> out = new ArrayList<>();
        if (Files.exists(alerts)) {
            for (String line : Files.readAllLines(alerts)) {
                JsonNode alert = JSON.readTree(line);
                out.add(alert.path("kibana").path("alert").path("uuid").asString());
            }
        }
        return out;
    }

    private static int cli(String... args) {
        StringWriter sink = new StringWriter();
        return Main.run(new PrintWriter(sink, true), new PrintWriter(sink, true), args);
    }
}
