package io.regionwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.cli.config.Config;
import io.regionwatch.cli.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TuneCommandTest {
    @TempDir
    Path tmp;

    @Test
    void proposesRegionsWithWritesAndProducesALoadableConfig() throws Exception {
        Path logs = tmp.resolve("logs");
        assertThat(CliRun.of("simulate", "--out", logs.toString()).exitCode()).isZero();
        Path proposal = tmp.resolve("proposed.yml");
        CliRun tune = CliRun.of("tune", "--history", logs.toString(), "--out", proposal.toString(), "--min-writes", "2",
                "--rejects", tmp.resolve("r").toString());
        assertThat(tune.exitCode()).as(tune.err()).isZero();
        Config config = ConfigLoader.load(proposal);
        // written to: approved; only read by the console's region fan-out, or a single write (the attack): not
        assertThat(config.approvedRegions().byProvider().get("aws")).contains("us-east-1", "eu-west-1")
                .doesNotContain("ap-northeast-1", "ap-southeast-1", "sa-east-1");
        assertThat(Files.readString(proposal)).contains("(reads only)", "account 418275093621 in us-east-1");
        assertThat(CliRun.of("tune", "--history", logs.toString(), "--out", proposal.toString()).exitCode())
                .as("an existing file is not overwritten").isEqualTo(74);
    }
}
