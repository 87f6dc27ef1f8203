package io.regionwatch.bench.harness;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The seed rule's question asked of the same files through DuckDB (its JDBC driver, embedded, all
 * cores): successful creations outside the approved regions, from the CloudTrail objects' Records.
 * DuckDB is told the three fields the question reads (its fastest form; it still parses each
 * record, converting only those). Prints {@code duckdb seconds=S matches=N};
 * {@code bench/run} calls it when the benchmarks jar was built with the driver.
 *
 * <p>{@code DuckDbQuery LOGS_DIR gz|ndjson THREADS}
 */
public final class DuckDbQuery {
    static final String ACTIONS = "'RunInstances','CreateBucket','CreateCluster','CreateFunction','CreateDBInstance','CreateDBCluster',"
            + "'CreateVolume','CreateVpc','CreateUser','CreateAccessKey','CreateRole','CreateSecret','CreateKey','CreateStackInstances'";
    static final String APPROVED = "'us-east-1','us-west-2','eu-west-1','eu-central-1'";

    private DuckDbQuery() {
    }

    public static void main(String[] args) throws SQLException {
        Path logs = Path.of(args[0]).toAbsolutePath();
        boolean gz = args[1].equals("gz");
        int threads = Integer.parseInt(args[2]);
        // DuckDB at its best: told the three fields the question needs, it converts nothing else
        String fields = "STRUCT(eventName VARCHAR, errorCode VARCHAR, awsRegion VARCHAR)";
        String records = gz
                ? "(select unnest(Records, recursive := true) from read_json('" + logs + "/AWSLogs/**/*.json.gz',"
                        + " columns = {Records: '" + fields + "[]'}, format = 'auto', maximum_object_size = 268435456))"
                : "read_json('" + logs + "/**/*.ndjson', columns = {eventName: 'VARCHAR', errorCode: 'VARCHAR', awsRegion: 'VARCHAR'},"
                        + " format = 'newline_delimited')";
        String query = "select count(*) from " + records + " where eventName in (" + ACTIONS + ")"
                + " and errorCode is null and awsRegion is not null and awsRegion not in (" + APPROVED + ")";
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("set threads = " + threads);
            try (ResultSet rs = s.executeQuery(query)) {
                rs.next();
                long matches = rs.getLong(1);
                System.out.printf("duckdb seconds=%.3f matches=%d threads=%d%n", (System.nanoTime() - start) / 1e9, matches, threads);
            }
        }
    }
}
