package io.regionwatch.cli.watch;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Watch-mode checkpoints as tables beside the rule baselines in the state database. Writes go
 * through the baseline store's connection and become durable only with its commit, so offsets,
 * emitted alerts and baselines always describe the same moment.
 */
final class WatchCheckpoints {
    /** A file the watcher knows: when it arrived (order) and how far it has been read. */
    record FileState(String path, long arrival, long offset) {
    }

    /** One entry of the read log: bytes [start, end) of a file, or a marker (path null): idle flush or end of input. */
    record Read(long seq, String path, long start, long end) {
        static final long IDLE = -1;
        static final long FINISH = -2;

        static Read marker(long seq, long kind) {
            return new Read(seq, null, kind, kind);
        }

        boolean marker() {
            return path == null;
        }
    }

    private final Connection db;

    private WatchCheckpoints(Connection db) {
        this.db = db;
    }

    static WatchCheckpoints open(Connection db) {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS watch_files (path TEXT PRIMARY KEY, arrival INTEGER NOT NULL,"
                    + " offset INTEGER NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS watch_reads (seq INTEGER PRIMARY KEY, path TEXT,"
                    + " start INTEGER NOT NULL, end INTEGER NOT NULL, max_time_ms INTEGER)");
            s.execute("CREATE TABLE IF NOT EXISTS watch_alerts (uuid TEXT PRIMARY KEY) WITHOUT ROWID");
            s.execute("CREATE TABLE IF NOT EXISTS watch_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            return new WatchCheckpoints(db);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    Map<String, FileState> files() {
        Map<String, FileState> out = new LinkedHashMap<>();
        query("SELECT path, arrival, offset FROM watch_files ORDER BY arrival", rs -> out.put(rs.getString(1),
                new FileState(rs.getString(1), rs.getLong(2), rs.getLong(3))));
        return out;
    }

    List<Read> reads() {
        List<Read> out = new ArrayList<>();
        query("SELECT seq, path, start, end FROM watch_reads ORDER BY seq",
                rs -> out.add(new Read(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4))));
        return out;
    }

    Set<String> emittedAlerts() {
        Set<String> out = new HashSet<>();
        query("SELECT uuid FROM watch_alerts", rs -> out.add(rs.getString(1)));
        return out;
    }

    long alertBytes() {
        List<Long> out = new ArrayList<>();
        query("SELECT value FROM watch_meta WHERE key = 'alert_bytes'", rs -> out.add(Long.parseLong(rs.getString(1))));
        return out.isEmpty() ? 0 : out.get(0);
    }

    void saveFile(FileState file) {
        update("INSERT INTO watch_files VALUES (?, ?, ?) ON CONFLICT (path) DO UPDATE SET offset = excluded.offset",
                file.path(), file.arrival(), file.offset());
    }

    /** Appends to the read log; {@code maxTime} is the latest event time in the chunk (null for markers). */
    void appendRead(Read read, java.time.Instant maxTime) {
        update("INSERT INTO watch_reads VALUES (?, ?, ?, ?, ?)", read.seq(), read.path(), read.start(), read.end(),
                maxTime == null ? null : maxTime.toEpochMilli());
    }

    /**
     * Forgets the head of the read log up to the first chunk with an event at or after {@code cutoff}:
     * replays then rebuild only the horizon's state, and restarts stay fast however long watch ran.
     */
    void pruneReads(java.time.Instant cutoff) {
        update("DELETE FROM watch_reads WHERE seq < coalesce((SELECT min(seq) FROM watch_reads WHERE max_time_ms >= ?),"
                + " (SELECT max(seq) + 1 FROM watch_reads))", cutoff.toEpochMilli());
    }

    void recordAlerts(Collection<String> uuids, long alertBytes) {
        for (String uuid : uuids) {
            update("INSERT OR IGNORE INTO watch_alerts VALUES (?)", uuid);
        }
        update("INSERT INTO watch_meta VALUES ('alert_bytes', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                Long.toString(alertBytes));
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Row row) {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                row.read(rs);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void update(String sql, Object... args) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static UncheckedIOException failure(SQLException e) {
        return new UncheckedIOException(new IOException("watch checkpoints: " + e.getMessage(), e));
    }
}
