package io.regionwatch.cli.state;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import io.regionwatch.core.state.StateStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link StateStore} in an SQLite file. Sightings are kept in memory and written in one transaction
 * per {@link #commit()}, so a run either lands whole or not at all (a crash leaves the previous
 * baseline intact, in WAL mode), and the per-event cost is a hash lookup. The file is plain SQLite:
 * {@code sqlite3 .regionwatch/state.db 'select * from terms'} shows what each rule has learned.
 */
public final class SqliteStateStore implements StateStore {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> DOCUMENT = new TypeReference<>() { };
    static final int SCHEMA_VERSION = 1;
    private static final String UPSERT_TERM = "INSERT INTO terms VALUES (?, ?, ?, ?) ON CONFLICT (rule_id, term) DO UPDATE"
            + " SET first_seen_ms = min(first_seen_ms, excluded.first_seen_ms), last_seen_ms = max(last_seen_ms, excluded.last_seen_ms)";
    private final Connection db;
    private final Path file;
    private final Map<String, TermHistory> cache = new HashMap<>();
    private final Map<String, TermHistory> dirty = new HashMap<>();
    private final Map<String, Instant> observed = new HashMap<>();
    private final Map<String, Instant> dirtyObserved = new HashMap<>();
    private final Map<String, SuppressionWindow> windows = new HashMap<>();
    private final Map<String, SuppressionWindow> dirtyWindows = new HashMap<>();
    private final Map<String, List<Event>> dirtyCarried = new HashMap<>();

    private SqliteStateStore(Connection db, Path file) {
        this.db = db;
        this.file = file;
    }

    /** Opens (creating if needed) the database at {@code file}; a damaged file is an IOException saying how to recover. */
    public static SqliteStateStore open(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try {
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS terms (rule_id TEXT NOT NULL, term TEXT NOT NULL,"
                        + " first_seen_ms INTEGER NOT NULL, last_seen_ms INTEGER NOT NULL, PRIMARY KEY (rule_id, term)) WITHOUT ROWID");
                s.execute("CREATE TABLE IF NOT EXISTS observed (rule_id TEXT PRIMARY KEY, since_ms INTEGER NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS carried (rule_id TEXT NOT NULL, seq INTEGER NOT NULL, source TEXT NOT NULL,"
                        + " line INTEGER NOT NULL, idx INTEGER NOT NULL, document TEXT NOT NULL, PRIMARY KEY (rule_id, seq)) WITHOUT ROWID");
                s.execute("CREATE TABLE IF NOT EXISTS suppression (rule_id TEXT NOT NULL, grp TEXT NOT NULL, start_ms INTEGER NOT NULL,"
                        + " end_ms INTEGER NOT NULL, suppressed INTEGER NOT NULL, PRIMARY KEY (rule_id, grp)) WITHOUT ROWID");
                s.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', '" + SCHEMA_VERSION + "')");
                checkIntegrity(s, file);
            }
            db.setAutoCommit(false);
            return new SqliteStateStore(db, file);
        } catch (SQLException e) {
            throw new IOException("state database " + file + " cannot be used (" + e.getMessage() + "); "
                    + "move it aside to start a new baseline, or restore it from a backup", e);
        }
    }

    private static void checkIntegrity(Statement s, Path file) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            String verdict = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equals(verdict)) {
                throw new SQLException("integrity check of " + file + " failed: " + verdict);
            }
        }
        try (ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
            if (rs.next() && Integer.parseInt(rs.getString(1)) > SCHEMA_VERSION) {
                throw new SQLException("schema version " + rs.getString(1) + " is newer than this regionwatch understands");
            }
        }
    }

    @Override
    public TermHistory term(String ruleId, String term) {
        String key = ruleId + '\u0000' + term;
        TermHistory cached = cache.get(key);
        if (cached != null || cache.containsKey(key)) {
            return cached;
        }
        TermHistory stored = query("SELECT first_seen_ms, last_seen_ms FROM terms WHERE rule_id = ? AND term = ?", ruleId, term);
        cache.put(key, stored);
        return stored;
    }

    @Override
    public void recordTerm(String ruleId, String term, Instant seen) {
        String key = ruleId + '\u0000' + term;
        TermHistory current = term(ruleId, term);
        TermHistory next = current == null ? new TermHistory(seen, seen) : current.merge(seen);
        cache.put(key, next);
        dirty.put(key, next);
    }

    @Override
    public Instant observedSince(String ruleId) {
        if (!observed.containsKey(ruleId)) {
            TermHistory row = query("SELECT since_ms, since_ms FROM observed WHERE rule_id = ?", ruleId);
            observed.put(ruleId, row == null ? null : row.firstSeen());
        }
        return observed.get(ruleId);
    }

    @Override
    public void recordObserved(String ruleId, Instant seen) {
        Instant current = observedSince(ruleId);
        if (current == null || seen.isBefore(current)) {
            observed.put(ruleId, seen);
            dirtyObserved.put(ruleId, seen);
        }
    }

    @Override
    public SuppressionWindow suppression(String ruleId, String group) {
        String key = ruleId + '\u0000' + group;
        if (!windows.containsKey(key)) {
            windows.put(key, readWindow(ruleId, group));
        }
        return windows.get(key);
    }

    @Override
    public void recordSuppression(String ruleId, String group, SuppressionWindow window) {
        String key = ruleId + '\u0000' + group;
        windows.put(key, window);
        dirtyWindows.put(key, window);
    }

    private SuppressionWindow readWindow(String ruleId, String group) {
        try (PreparedStatement ps = db.prepareStatement("SELECT start_ms, end_ms, suppressed FROM suppression WHERE rule_id = ? AND grp = ?")) {
            ps.setString(1, ruleId);
            ps.setString(2, group);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new SuppressionWindow(Instant.ofEpochMilli(rs.getLong(1)), Instant.ofEpochMilli(rs.getLong(2)),
                        rs.getLong(3)) : null;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public List<Event> carriedEvents(String ruleId) {
        if (dirtyCarried.containsKey(ruleId)) {
            return dirtyCarried.get(ruleId);
        }
        List<Event> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT source, line, idx, document FROM carried WHERE rule_id = ? ORDER BY seq")) {
            ps.setString(1, ruleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> doc = JSON.readValue(rs.getString(4), DOCUMENT);
                    out.add(new Event(doc, new Origin(rs.getString(1), rs.getLong(2), rs.getLong(3))));
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return out;
    }

    @Override
    public void carryEvents(String ruleId, List<Event> events) {
        dirtyCarried.put(ruleId, List.copyOf(events));
    }

    @Override
    public long termCount(String ruleId) {
        commit();
        try (PreparedStatement ps = db.prepareStatement("SELECT count(*) FROM terms WHERE rule_id = ?")) {
            ps.setString(1, ruleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Writes the rule's pending sightings into the open transaction, then deletes its least recently
     * seen terms beyond {@code keep} in the same transaction: nothing is durable before {@link #commit()},
     * so a crash still leaves the last committed baseline whole.
     */
    @Override
    public long evictTerms(String ruleId, long keep) {
        String prefix = ruleId + '\u0000';
        try {
            try (PreparedStatement terms = db.prepareStatement(UPSERT_TERM)) {
                for (java.util.Iterator<Map.Entry<String, TermHistory>> it = dirty.entrySet().iterator(); it.hasNext();) {
                    Map.Entry<String, TermHistory> e = it.next();
                    if (e.getKey().startsWith(prefix)) {
                        bindTerm(terms, e.getKey(), e.getValue());
                        terms.addBatch();
                        it.remove();
                    }
                }
                terms.executeBatch();
            }
            long evicted;
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM terms WHERE rule_id = ? AND term IN (SELECT term FROM terms"
                    + " WHERE rule_id = ? ORDER BY last_seen_ms DESC, term DESC LIMIT -1 OFFSET ?)")) {
                delete.setString(1, ruleId);
                delete.setString(2, ruleId);
                delete.setLong(3, keep);
                evicted = delete.executeUpdate();
            }
            if (evicted > 0) {
                // cached sightings of evicted terms would otherwise keep them alive in memory and in the next commit
                cache.keySet().removeIf(k -> k.startsWith(prefix));
            }
            return evicted;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static void bindTerm(PreparedStatement ps, String key, TermHistory history) throws SQLException {
        int split = key.indexOf('\u0000');
        ps.setString(1, key.substring(0, split));
        ps.setString(2, key.substring(split + 1));
        ps.setLong(3, history.firstSeen().toEpochMilli());
        ps.setLong(4, history.lastSeen().toEpochMilli());
    }

    /**
     * The open connection (auto-commit off), for a sibling store whose rows must land in the same
     * transaction as the baseline: watch-mode checkpoints write here, then call {@link #commit()}.
     */
    public Connection connection() {
        return db;
    }

    /** Writes every sighting since the last commit, and whatever siblings wrote, in one transaction. */
    @Override
    public void commit() {
        if (dirty.isEmpty() && dirtyObserved.isEmpty() && dirtyWindows.isEmpty() && dirtyCarried.isEmpty()) {
            try {
                db.commit();
            } catch (SQLException e) {
                throw failure(e);
            }
            return;
        }
        try (PreparedStatement terms = db.prepareStatement(UPSERT_TERM);
                PreparedStatement since = db.prepareStatement("INSERT INTO observed VALUES (?, ?) ON CONFLICT (rule_id) DO UPDATE"
                        + " SET since_ms = min(since_ms, excluded.since_ms)")) {
            for (Map.Entry<String, TermHistory> e : dirty.entrySet()) {
                bindTerm(terms, e.getKey(), e.getValue());
                terms.addBatch();
            }
            for (Map.Entry<String, Instant> e : dirtyObserved.entrySet()) {
                since.setString(1, e.getKey());
                since.setLong(2, e.getValue().toEpochMilli());
                since.addBatch();
            }
            terms.executeBatch();
            since.executeBatch();
            writeWindows();
            writeCarried();
            db.commit();
            dirty.clear();
            dirtyObserved.clear();
            dirtyWindows.clear();
            dirtyCarried.clear();
        } catch (SQLException e) {
            rollbackQuietly();
            throw failure(e);
        }
    }

    private void writeWindows() throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT OR REPLACE INTO suppression VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, SuppressionWindow> e : dirtyWindows.entrySet()) {
                int split = e.getKey().indexOf('\u0000');
                ps.setString(1, e.getKey().substring(0, split));
                ps.setString(2, e.getKey().substring(split + 1));
                ps.setLong(3, e.getValue().start().toEpochMilli());
                ps.setLong(4, e.getValue().end().toEpochMilli());
                ps.setLong(5, e.getValue().suppressed());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void writeCarried() throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM carried WHERE rule_id = ?");
                PreparedStatement insert = db.prepareStatement("INSERT INTO carried VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, List<Event>> e : dirtyCarried.entrySet()) {
                delete.setString(1, e.getKey());
                delete.executeUpdate();
                int seq = 0;
                for (Event event : e.getValue()) {
                    insert.setString(1, e.getKey());
                    insert.setInt(2, seq++);
                    insert.setString(3, event.origin().source());
                    insert.setLong(4, event.origin().line());
                    insert.setLong(5, event.origin().index());
                    insert.setString(6, JSON.writeValueAsString(event.document()));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** Closes without committing: what was not committed is dropped, as after a crash. */
    @Override
    public void close() {
        // after a failed commit there is no transaction left to roll back; the connection must close all the same
        rollbackQuietly();
        try {
            db.close();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private TermHistory query(String sql, String... args) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new TermHistory(Instant.ofEpochMilli(rs.getLong(1)), Instant.ofEpochMilli(rs.getLong(2))) : null;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void rollbackQuietly() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the commit failure is what the caller needs to see
        }
    }

    private UncheckedIOException failure(SQLException e) {
        return new UncheckedIOException(new IOException("state database " + file + ": " + e.getMessage(), e));
    }
}
