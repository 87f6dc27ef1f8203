package io.regionwatch.cli.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The command line of {@code regionwatch kafka}; running against a broker is covered by the kafka module's ITs. */
class KafkaCommandTest {
    private static int run(StringWriter err, String... args) {
        return Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    }

    @Test
    void helpListsTheKafkaOptions() {
        StringWriter out = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "kafka", "--help");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("--bootstrap", "--input", "--alerts", "--dead-letters", "--lateness", "--idle-finish");
    }

    @Test
    void missingRequiredOptionsAreAUsageError() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "kafka", "--input", "raw")).isEqualTo(64);
        assertThat(err.toString()).contains("--bootstrap");
    }

    @Test
    void aBrokenRuleFileFailsBeforeConnecting(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path rule = tmp.resolve("broken.toml");
        java.nio.file.Files.writeString(rule, "[rule]\nname = \n");
        StringWriter err = new StringWriter();
        assertThat(run(err, "kafka", "--bootstrap", "127.0.0.1:1", "--input", "raw", "--alerts", "alerts",
                "--rules", rule.toString())).isEqualTo(65);
    }
}
