package io.regionwatch.cli.watch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code regionwatch watch} in a separate JVM from the test's own classes, so it can be killed for real. */
final class WatchProcess {
    private final Process process;

    private WatchProcess(Process process) {
        this.process = process;
    }

    static WatchProcess start(Path work, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.regionwatch.cli.Main", "watch",
                work.resolve("in").toString(), "--alerts", work.resolve("alerts.ndjson").toString(),
                "--state", work.resolve("state.db").toString(), "--rejects", work.resolve("rejects.ndjson").toString(),
                "--poll", "100ms", "--status-every", "1s"));
        command.addAll(List.of(extra));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(work.resolve("watch.out").toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(work.resolve("watch.err").toFile()));
        return new WatchProcess(builder.start());
    }

    /** kill -9: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the graceful stop. Returns the exit code, or -1 if it did not stop in time. */
    int terminate() throws InterruptedException {
        process.destroy();
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    int awaitExit(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
