package io.regionwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first-seen baseline survives a process that dies mid-scan: the database is intact and holds
 * exactly what the last completed run committed, and re-running the interrupted scan gives the same
 * alerts and the same baseline as a run that was never interrupted.
 */
class StateCrashTest {
    @TempDir
    Path tmp;

    @Test
    void baselineSurvivesAKillMidScan() throws Exception {
        Path history = tmp.resolve("history");
        Path today = tmp.resolve("today");
        assertThat(CliRun.of("simulate", "--out", history.toString(), "--start", "2026-09-20T08:00:00Z", "--seed", "7").exitCode()).isZero();
        assertThat(CliRun.of("simulate", "--out", today.toString()).exitCode()).isZero();
        Path db = tmp.resolve("state.db");
        assertThat(scan(history, db, "history.ndjson").exitCode()).isZero();
        List<String> afterHistory = rows(db);
        assertThat(afterHistory).isNotEmpty();
        Path pristine = tmp.resolve("pristine.db");
        Files.copy(db, pristine);

        Process crashed = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "scan", today.toString(), "--state", db.toString(), "--alerts", tmp.resolve("crashed.ndjson").toString(),
                "--debug-halt-after", "150").redirectErrorStream(true).redirectOutput(tmp.resolve("crash.log").toFile()).start();
        assertThat(crashed.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(crashed.exitValue()).as(Files.readString(tmp.resolve("crash.log"))).isEqualTo(CrashSimulation.EXIT_CODE);
        assertThat(quickCheck(db)).isEqualTo("ok");
        assertThat(rows(db)).as("nothing of the interrupted run was committed").isEqualTo(afterHistory);

        assertThat(scan(today, db, "resumed.ndjson").exitCode()).isZero();
        assertThat(scan(today, pristine, "reference.ndjson").exitCode()).isZero();
        assertThat(alertIds("resumed.ndjson")).isEqualTo(alertIds("reference.ndjson")).isNotEmpty();
        assertThat(rows(db)).isEqualTo(rows(pristine)).hasSizeGreaterThan(afterHistory.size());
    }

    private CliRun scan(Path logs, Path db, String alerts) {
        return CliRun.of("scan", logs.toString(), "--state", db.toString(), "--alerts", tmp.resolve(alerts).toString(),
                "--rejects", tmp.resolve("rejects.ndjson").toString());
    }

    private List<Object> alertIds(String file) throws Exception {
        return ScanCommandTest.readAlerts(tmp.resolve(file)).stream().map(e -> e.get("kibana.alert.uuid")).toList();
    }

    private static List<String> rows(Path db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT rule_id, term, first_seen_ms, last_seen_ms FROM terms ORDER BY 1, 2")) {
            while (rs.next()) {
                out.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getLong(3) + "|" + rs.getLong(4));
            }
        }
        return out;
    }

    private static String quickCheck(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            return rs.next() ? rs.getString(1) : "no answer";
        }
    }

    private static String javaBin() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
