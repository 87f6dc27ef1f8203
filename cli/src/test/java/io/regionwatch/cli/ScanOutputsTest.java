package io.regionwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The scan's output options and the report command, end to end over the bundled examples. */
class ScanOutputsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EXAMPLES = Path.of("..", "examples").toString();

    @TempDir
    Path tmp;

    @Test
    void csvOcsfAndTableFormats() throws Exception {
        Path csv = tmp.resolve("alerts.csv");
        assertThat(scan("--output-format", "csv", "--alerts", csv.toString(), "-q").exitCode()).isZero();
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).startsWith("time,severity,risk_score,rule,");
        assertThat(rows).hasSize(8).anySatisfy(r -> assertThat(r).contains(",aws,sa-east-1,418275093621,svc-backup-sync,CreateBucket,"));

        Path ocsf = tmp.resolve("findings.ndjson");
        assertThat(scan("--output-format", "OCSF", "--alerts", ocsf.toString(), "-q").exitCode()).isZero();
        List<String> findings = Files.readAllLines(ocsf);
        assertThat(findings).hasSize(7).allSatisfy(f -> assertThat(JSON.readTree(f).get("class_uid").asInt()).isEqualTo(2004));

        Path table = tmp.resolve("alerts.txt");
        assertThat(scan("--output-format", "table", "--alerts", table.toString(), "-q").exitCode()).isZero();
        assertThat(Files.readString(table)).startsWith("TIME").contains("japaneast").endsWith("7 alerts\n").doesNotContain("\u001b");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = scan("--output-format", "xml");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Invalid value for --output-format: 'xml' (choose one of ndjson, csv, table, ocsf)");
    }

    @Test
    void aWebhookTemplateThatIsNotJsonIsAUsageError() throws Exception {
        Path template = Files.writeString(tmp.resolve("hook.json"), "{\"text\": {{kibana.alert.reason}}}");
        CliRun run = scan("--alerts", tmp.resolve("a.ndjson").toString(), "--webhook", "http://127.0.0.1:9/hook",
                "--webhook-template", template.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("hook.json: webhook template is not JSON");
    }

    @Test
    void anUnreachableClusterFailsTheScanWithAnIoError() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        CliRun run = scan("--alerts", tmp.resolve("a.ndjson").toString(), "--opensearch", "http://elastic:secret@127.0.0.1:" + closedPort);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(run.err()).contains("gave up after 5 attempts").contains("127.0.0.1:" + closedPort + "/_bulk").doesNotContain("secret");
    }

    @Test
    void jsonSummaryAndReport() throws Exception {
        Path report = tmp.resolve("out/report.html");
        CliRun run = scan("--alerts", tmp.resolve("alerts.ndjson").toString(), "--report", report.toString(), "--json-summary");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode summary = JSON.readTree(run.err().strip());
        assertThat(summary.get("alerts").asLong()).isEqualTo(7);
        assertThat(summary.get("balanced").asBoolean()).isTrue();
        assertThat(summary.get("evaluated").asLong() + summary.get("rejected").asLong() + summary.get("skipped").asLong())
                .isEqualTo(summary.get("read").asLong());
        assertThat(summary.at("/outputs/report").asString()).isEqualTo(report.toString());
        assertThat(Files.readString(report)).contains("<details class=\"alert").contains("svc-backup-sync");
    }

    @Test
    void reportCommandReadsAlertFiles() throws Exception {
        Path alerts = tmp.resolve("alerts.ndjson");
        assertThat(scan("--alerts", alerts.toString(), "-q").exitCode()).isZero();
        Files.writeString(alerts, Files.readString(alerts) + "not json\n");
        Path report = tmp.resolve("report.html");
        CliRun run = CliRun.of("report", alerts.toString(), "--out", report.toString(), "--approved-regions", "us-east-1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("report with 7 alerts written to").contains("(1 unreadable lines skipped)");
        String page = Files.readString(report);
        assertThat(page).contains("Approved: all providers: us-east-1").contains("data-region=\"japaneast\"");
    }

    @Test
    void reportCommandCountsActivityFromNormalizedEvents() throws Exception {
        Path alerts = tmp.resolve("alerts.ndjson");
        assertThat(scan("--alerts", alerts.toString(), "-q").exitCode()).isZero();
        Path events = Files.writeString(tmp.resolve("events.ndjson"), String.join("\n",
                "{\"@timestamp\":\"2026-11-02T08:00:00Z\",\"cloud\":{\"provider\":\"aws\",\"region\":\"us-east-1\"},\"user\":{\"name\":\"a\"}}",
                "{\"@timestamp\":\"2026-11-02T08:05:00Z\",\"cloud\":{\"provider\":\"aws\",\"region\":\"me-south-1\"},\"user\":{\"name\":\"b\"}}",
                "{\"@timestamp\":\"2026-11-02T08:06:00Z\",\"cloud\":{\"provider\":\"gcp\",\"region\":\"asia-east1-a\"}}"));
        Path report = tmp.resolve("report.html");
        CliRun run = CliRun.of("report", alerts.toString(), "--events", events.toString(), "--out", report.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String page = Files.readString(report);
        assertThat(page).contains("<b>3</b>events").contains("<b>1</b>events in unapproved regions");
        assertThat(page).containsPattern("data-region=\"me-south-1\"><title>[^<]*: 1 events, 0 alerts");
        assertThat(page).as("a GCP zone counts for its region").containsPattern("data-region=\"asia-east1\"><title>[^<]*: 1 events, 0 alerts");
    }

    private CliRun scan(String... options) {
        String[] args = new String[options.length + 5];
        args[0] = "scan";
        args[1] = EXAMPLES;
        args[2] = "--no-state";
        args[3] = "--rejects";
        args[4] = tmp.resolve("rejects.ndjson").toString();
        System.arraycopy(options, 0, args, 5, options.length);
        return CliRun.of(args);
    }
}
