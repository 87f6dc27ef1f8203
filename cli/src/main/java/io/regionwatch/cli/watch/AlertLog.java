package io.regionwatch.cli.watch;

import io.regionwatch.cli.output.NdjsonWriter;
import io.regionwatch.core.alert.Alert;
import io.regionwatch.core.alert.AlertSink;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The alert output of watch mode, written only at checkpoints. Alerts wait in memory until the
 * caller flushes them (appended and fsynced), and the file's length is committed with the
 * checkpoint; on start the file is cut back to the committed length, so alerts written after the
 * last checkpoint by a killed process disappear and are written again, once, by the replay.
 * Alerts whose id was already committed are dropped: that is how replay stays silent.
 */
final class AlertLog implements AlertSink {
    private final FileChannel file;
    private final PrintStream stdout;
    private final Set<String> emitted;
    private final Map<String, Alert> pending = new LinkedHashMap<>();
    private final Map<String, Long> byRule = new LinkedHashMap<>();
    private long replayed;

    private AlertLog(FileChannel file, PrintStream stdout, Set<String> emitted) {
        this.file = file;
        this.stdout = stdout;
        this.emitted = new HashSet<>(emitted);
    }

    /** Opens {@code target} ({@code -} is stdout, without the exactly-once guarantee), cut to {@code committedBytes}. */
    static AlertLog open(String target, long committedBytes, Set<String> emitted) throws IOException {
        if ("-".equals(target)) {
            return new AlertLog(null, System.out, emitted);
        }
        Path path = Path.of(target);
        if (path.toAbsolutePath().getParent() != null) {
            Files.createDirectories(path.toAbsolutePath().getParent());
        }
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (channel.size() > committedBytes) {
            channel.truncate(committedBytes);
        }
        channel.position(channel.size());
        return new AlertLog(channel, null, emitted);
    }

    @Override
    public void write(Alert alert) {
        if (emitted.contains(alert.uuid())) {
            replayed++;
            return;
        }
        pending.putIfAbsent(alert.uuid(), alert);
    }

    /** Appends the pending alerts and forces them to disk; returns their ids for the checkpoint. */
    List<String> flush() throws IOException {
        List<String> ids = new ArrayList<>(pending.keySet());
        if (ids.isEmpty()) {
            return ids;
        }
        StringBuilder text = new StringBuilder();
        for (Alert alert : pending.values()) {
            text.append(NdjsonWriter.toJson(alert.document())).append('\n');
            byRule.merge(alert.ruleName(), 1L, Long::sum);
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        if (file != null) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                file.write(buffer);
            }
            file.force(false);
        } else {
            stdout.write(bytes);
            stdout.flush();
        }
        emitted.addAll(ids);
        pending.clear();
        return ids;
    }

    /** Bytes committed so far (0 for stdout). */
    long size() throws IOException {
        return file == null ? 0 : file.size();
    }

    /** Alerts written by this process, per rule name. */
    Map<String, Long> writtenByRule() {
        return Map.copyOf(byRule);
    }

    long written() {
        return byRule.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Alerts the replay produced again and that were dropped because they had been written before. */
    long replayed() {
        return replayed;
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }
}
