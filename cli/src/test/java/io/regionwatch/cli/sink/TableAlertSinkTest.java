package io.regionwatch.cli.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TableAlertSinkTest {
    @Test
    void alignsColumnsAndKeepsEscapeSequencesOutOfTheTerminal() throws Exception {
        StringWriter out = new StringWriter();
        try (TableAlertSink sink = new TableAlertSink(new PrintWriter(out), false)) {
            sink.write(TestAlerts.alert("u1", "evil\u001b[2J\u001b]0;pwned\u0007", "sa-east-1"));
            sink.write(TestAlerts.alert("u2", "alice", "ap-southeast-1"));
        }
        String text = out.toString();
        assertThat(text).doesNotContain("\u001b").doesNotContain("\u0007");
        assertThat(text).contains("evil?[2J?]0;pwned?").contains("2 alerts");
        String[] lines = text.split("\n");
        assertThat(lines[0]).startsWith("TIME");
        assertThat(lines[1].indexOf("sa-east-1")).isEqualTo(lines[2].indexOf("ap-southeast-1"));
    }

    @Test
    void coloursSeverityOnlyWhenAsked() throws Exception {
        StringWriter out = new StringWriter();
        try (TableAlertSink sink = new TableAlertSink(new PrintWriter(out), true)) {
            sink.write(TestAlerts.alert("u1", "alice", "sa-east-1"));
        }
        assertThat(out.toString()).contains("\u001b[33mmedium");
    }

    @Test
    void cutsLongCells() {
        assertThat(TableAlertSink.fit("x".repeat(100))).hasSize(48).endsWith("…");
    }
}
