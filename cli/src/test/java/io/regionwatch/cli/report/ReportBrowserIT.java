package io.regionwatch.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.cli.Main;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report in a real headless Chromium (Debian's package), offline: it loads without a script
 * error, hostile log text stays text, and a screenshot (kept under target/it-artifacts) shows the map.
 */
class ReportBrowserIT {
    @TempDir
    Path tmp;
    private HeadlessChromium chromium;

    @BeforeEach
    void findBrowser() throws Exception {
        Files.createDirectories(tmp.resolve("profile"));
        chromium = HeadlessChromium.find(tmp.resolve("profile"));
        Assumptions.assumeTrue(chromium != null,
                "skipped: no chromium installed (apt-get install -y chromium); the report's browser test needs it");
    }

    @Test
    void theReportOfTheSampleLogsLoadsAndShowsTheMap() throws Exception {
        Path report = tmp.resolve("report.html");
        cli("scan", Path.of("..", "examples").toString(), "--no-state", "--alerts", tmp.resolve("alerts.ndjson").toString(),
                "--rejects", tmp.resolve("rejects.ndjson").toString(), "--report", report.toString(), "-q");
        long alerts = alertsAnalystsSee(tmp.resolve("alerts.ndjson"));

        HeadlessChromium.Run dom = chromium.dumpDom(report);
        assertThat(dom.exitCode()).as(dom.stderr()).isZero();
        assertThat(htmlTag(dom.stdout())).contains("data-report-ready=\"" + alerts + "\"").doesNotContain("data-js-error");
        assertThat(dom.stderr()).doesNotContain("Uncaught").doesNotContain("Refused to");

        Path artifacts = Path.of(System.getProperty("regionwatch.it.artifacts", "target/it-artifacts"));
        Files.createDirectories(artifacts);
        Path png = artifacts.resolve("report.png");
        Files.deleteIfExists(png);
        HeadlessChromium.Run shot = chromium.screenshot(report, png, 1200, 1400);
        assertThat(shot.exitCode()).as(shot.stderr()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        // the map's sea and the red alert circles are on screen
        assertThat(countPixels(image, 0xe6eef7, 4)).isGreaterThan(100_000);
        assertThat(countPixels(image, 0xd87a74, 40)).isGreaterThan(200);
    }

    @Test
    void aRegionInTheAddressFiltersTheAlerts() throws Exception {
        Path report = tmp.resolve("report.html");
        cli("scan", Path.of("..", "examples").toString(), "--no-state", "--alerts", tmp.resolve("alerts.ndjson").toString(),
                "--rejects", tmp.resolve("rejects.ndjson").toString(), "--report", report.toString(), "-q");
        HeadlessChromium.Run dom = chromium.dumpDom(report, "#region=japaneast");
        assertThat(dom.exitCode()).as(dom.stderr()).isZero();
        assertThat(dom.stdout()).containsPattern("<g class=\"rg alerting selected\" data-region=\"japaneast\">")
                .containsPattern("<details class=\"alert sev-medium\" data-region=\"sa-east-1\"[^>]*style=\"display: none;\"")
                .containsPattern("<details class=\"alert sev-medium\" data-region=\"japaneast\" data-search=\"[^\"]*\">")
                .contains("2 of 7 alerts shown");
    }

    @Test
    void hostileAlertTextNeverRunsAsScript() throws Exception {
        Path alerts = tmp.resolve("alerts.ndjson");
        String payload = "<img src=x onerror=\\\"document.documentElement.setAttribute('data-pwned','1')\\\">"
                + "</script><script>document.documentElement.setAttribute('data-pwned','2')</script>";
        Files.writeString(alerts, "{\"@timestamp\":\"2026-11-02T09:00:00Z\",\"cloud\":{\"provider\":\"aws\",\"region\":\"" + payload
                + "\"},\"user\":{\"name\":\"" + payload + "\"},\"kibana\":{\"alert\":{\"uuid\":\"u1\",\"severity\":\"high\",\"reason\":\""
                + payload + "\",\"rule\":{\"name\":\"" + payload + "\",\"note\":\"#### First steps\\n- `" + payload + "`\"}}}}\n",
                StandardCharsets.UTF_8);
        Path report = tmp.resolve("hostile.html");
        cli("report", alerts.toString(), "--out", report.toString());
        HeadlessChromium.Run dom = chromium.dumpDom(report);
        assertThat(dom.exitCode()).as(dom.stderr()).isZero();
        assertThat(htmlTag(dom.stdout())).contains("data-report-ready=\"1\"").doesNotContain("data-pwned").doesNotContain("data-js-error");
        assertThat(dom.stdout()).contains("&lt;/script&gt;&lt;script&gt;");
    }

    /** The {@code <html>} start tag as the browser left it: where the page's script records readiness and errors. */
    private static String htmlTag(String dom) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<html[^>]*>").matcher(dom);
        assertThat(m.find()).as(dom).isTrue();
        return m.group();
    }

    private static void cli(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
        assertThat(code).as(err.toString()).isZero();
    }

    private static long alertsAnalystsSee(Path alerts) throws Exception {
        List<String> lines = Files.readAllLines(alerts);
        return lines.stream().filter(l -> !l.contains("\"building_block_type\":\"default\"")).count();
    }

    private static long countPixels(BufferedImage image, int rgb, int tolerance) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs(((p >> 16) & 255) - ((rgb >> 16) & 255)) <= tolerance && Math.abs(((p >> 8) & 255) - ((rgb >> 8) & 255)) <= tolerance
                        && Math.abs((p & 255) - (rgb & 255)) <= tolerance) {
                    n++;
                }
            }
        }
        return n;
    }
}
