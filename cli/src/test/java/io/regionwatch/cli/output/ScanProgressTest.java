package io.regionwatch.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanProgressTest {
    @Test
    void drawsFilesBytesRateAndEtaThenErasesItself(@TempDir Path tmp) throws Exception {
        Path a = Files.writeString(tmp.resolve("a.json"), "x".repeat(1000));
        Path b = Files.writeString(tmp.resolve("b.json"), "x".repeat(3000));
        StringWriter out = new StringWriter();
        ScanProgress progress = new ScanProgress(new PrintWriter(out), List.of(tmp.toString()));
        progress.onEvent(event(a));
        assertThat(out.toString()).startsWith("\r[").contains("0/2 files").contains("0.0/0.0 MB").contains("records/s")
                .contains("ETA --:--");
        Thread.sleep(250);
        progress.onEvent(event(b));
        assertThat(out.toString()).contains(" 25%").contains("1/2 files").contains("ETA ");
        progress.finish();
        assertThat(out.toString()).endsWith("\r\u001b[K");
    }

    @Test
    void printsNothingWhenNothingWasRead(@TempDir Path tmp) {
        StringWriter out = new StringWriter();
        new ScanProgress(new PrintWriter(out), List.of(tmp.toString(), "-")).finish();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void terminalTextCannotCarryControlCharacters() {
        assertThat(Terminal.printable("a\u001b[31mb\rc\u202Ed")).isEqualTo("a?[31mb?c?d");
        assertThat(Terminal.paint("x", "1", false)).isEqualTo("x");
        assertThat(Terminal.paint("x", "1", true)).isEqualTo("\u001b[1mx\u001b[0m");
        assertThat(Terminal.isTty(2)).as("surefire's stderr is a pipe").isFalse();
    }

    private static Event event(Path file) {
        return new Event(Map.of("event", Map.of("action", "x")), new Origin(file.toString(), 1, 0));
    }
}
