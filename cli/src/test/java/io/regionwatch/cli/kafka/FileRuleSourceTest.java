package io.regionwatch.cli.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.cli.RuleSetup;
import io.regionwatch.core.state.InMemoryStateStore;
import io.regionwatch.rules.load.RuleLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Rule reload for Kafka tasks: the fingerprint follows the files, and loading reads them again. */
class FileRuleSourceTest {
    @TempDir
    Path tmp;

    @Test
    void editingARuleFileChangesTheFingerprintAndTheRules() throws Exception {
        Path rules = tmp.resolve("rules");
        Files.createDirectories(rules);
        String name = RuleLoader.bundledNames().get(0);
        Path rule = rules.resolve(name);
        Files.writeString(rule, new String(RuleLoader.class.getResourceAsStream("/io/regionwatch/rules/pack/" + name).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8));
        RuleSetup setup = new RuleSetup();
        new CommandLine(setup).parseArgs("--rules", rules.toString());
        FileRuleSource source = new FileRuleSource(setup, List.of(rules), new PrintWriter(new StringWriter()));
        String before = source.fingerprint();
        assertThat(source.load(new InMemoryStateStore())).hasSize(1);
        assertThat(source.fingerprint()).isEqualTo(before);
        Files.writeString(rules.resolve("second-" + name), Files.readString(rule).replaceFirst("rule_id = \"[^\"]+\"",
                "rule_id = \"00000000-0000-4000-8000-000000000001\""));
        Files.setLastModifiedTime(rule, FileTime.fromMillis(System.currentTimeMillis() + 1000));
        assertThat(source.fingerprint()).isNotEqualTo(before);
        assertThat(source.load(new InMemoryStateStore())).hasSize(2);
    }
}
