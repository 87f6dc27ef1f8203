package io.regionwatch.cli.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded baseline survives a killed process, a full disk and a damaged file: each run's
 * sightings land whole or not at all, and a database that cannot be used is an error that says how
 * to recover, never a silently empty baseline.
 */
class StateCrashTest {
    static final int BATCH = 5_000;

    @TempDir
    Path dir;

    /** Child JVM: commits batches of {@link #BATCH} terms forever, printing each committed count. */
    public static void main(String[] args) throws IOException {
        try (SqliteStateStore store = SqliteStateStore.open(Path.of(args[0]))) {
            for (int batch = 0; ; batch++) {
                for (int i = 0; i < BATCH; i++) {
                    store.recordTerm("rule", "term-" + batch + "-" + i + "-" + "x".repeat(64), Instant.ofEpochSecond(batch));
                }
                store.commit();
                System.out.println((batch + 1) * BATCH);
                System.out.flush();
            }
        }
    }

    @Test
    void killedMidCommitLeavesWholeBatchesOnly() throws Exception {
        Path db = dir.resolve("state.db");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), StateCrashTest.class.getName(),
                db.toString()).redirectErrorStream(true).start();
        long committed = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && committed < 3 * BATCH; line = out.readLine()) {
                committed = Long.parseLong(line.strip());
            }
            Thread.sleep(37); // land somewhere inside the next batch's writes or commit
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(committed).as("child committed before the kill").isGreaterThanOrEqualTo(3 * BATCH);
        try (SqliteStateStore store = SqliteStateStore.open(db)) {
            long count = store.termCount("rule");
            assertThat(count % BATCH).as("a partial batch would mean a torn commit").isZero();
            assertThat(count).isGreaterThanOrEqualTo(committed);
        }
    }

    @Test
    void corruptFileIsAClearErrorWithTheRecovery() throws IOException {
        Path db = dir.resolve("state.db");
        Files.write(db, "this is not a database, it was overwritten".repeat(200).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> SqliteStateStore.open(db)).isInstanceOf(IOException.class)
                .hasMessageContaining(db.toString()).hasMessageContaining("move it aside");
        assertThat(Files.size(db)).as("the damaged file is left for inspection").isEqualTo(42L * 200);
    }

    @Test
    void damagedPagesAreAClearError() throws IOException {
        Path db = dir.resolve("state.db");
        try (SqliteStateStore store = SqliteStateStore.open(db)) {
            for (int i = 0; i < 20_000; i++) {
                store.recordTerm("rule", "term-" + i, Instant.ofEpochSecond(i));
            }
            store.commit();
        }
        try (var ch = java.nio.channels.FileChannel.open(db, StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[8192]), 8192); // zero pages in the middle of the b-tree
        }
        assertThatThrownBy(() -> {
            try (SqliteStateStore store = SqliteStateStore.open(db)) {
                store.termCount("rule");
            }
        }).hasMessageContaining("state database").hasMessageContaining(db.toString());
    }

    @Test
    void truncatedFileIsAClearError() throws IOException {
        Path db = dir.resolve("state.db");
        try (SqliteStateStore store = SqliteStateStore.open(db)) {
            for (int i = 0; i < 20_000; i++) {
                store.recordTerm("rule", "term-" + i, Instant.ofEpochSecond(i));
            }
            store.commit();
        }
        try (var ch = java.nio.channels.FileChannel.open(db, StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() / 2);
        }
        assertThatThrownBy(() -> {
            try (SqliteStateStore store = SqliteStateStore.open(db)) {
                store.termCount("rule");
            }
        }).hasMessageContaining("state database");
    }

    @Test
    void newerSchemaIsRefused() throws Exception {
        Path db = dir.resolve("state.db");
        SqliteStateStore.open(db).close();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement()) {
            s.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
        }
        assertThatThrownBy(() -> SqliteStateStore.open(db)).isInstanceOf(IOException.class).hasMessageContaining("newer");
    }

    @Test
    void fullDiskFailsTheCommitLoudlyAndKeepsTheLastBaseline() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("small"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mount.toString()) == 0,
                "cannot mount a 1 MiB tmpfs here (needs root or CAP_SYS_ADMIN), skipped");
        try {
            Path db = mount.resolve("state.db");
            try (SqliteStateStore store = SqliteStateStore.open(db)) {
                store.recordTerm("rule", "kept", Instant.ofEpochSecond(1));
                store.commit();
                for (int i = 0; i < 50_000; i++) {
                    store.recordTerm("rule", "filler-" + i + "-" + "y".repeat(100), Instant.ofEpochSecond(i));
                }
                assertThatThrownBy(store::commit).isInstanceOf(UncheckedIOException.class)
                        .hasMessageContaining("state database").hasMessageContaining("full");
            }
            try (SqliteStateStore store = SqliteStateStore.open(db)) {
                assertThat(store.term("rule", "kept")).isNotNull();
                assertThat(store.termCount("rule")).isEqualTo(1);
            }
        } finally {
            if (run("umount", mount.toString()) != 0) {
                run("umount", "-l", mount.toString());
            }
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }
}
