package io.regionwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every EQL block in the playbook's hunting section runs over the bundled examples, and the key ones find the planted tests. */
class HuntingQueriesTest {
    private static final Path PLAYBOOK = Path.of("..", "docs", "t1535-playbook.md");
    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path tmp;

    static List<String> queries() throws IOException {
        Matcher m = Pattern.compile("```eql\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(PLAYBOOK));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1).strip());
        }
        return out;
    }

    @Test
    void everyHuntingQueryRunsAndTheKeyOnesFindThePlantedTests() throws IOException {
        List<String> queries = queries();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(8);
        List<Integer> hits = new ArrayList<>();
        for (String q : queries) {
            CliRun run = CliRun.of("query", q, EXAMPLES.toString(), "--rejects", tmp.resolve("r").toString());
            assertThat(run.exitCode()).as(q + "\n" + run.err()).isZero();
            hits.add(run.out().isEmpty() ? 0 : run.out().split("\n").length);
        }
        assertThat(hits.get(0)).as("H1: the compromised principal's activity").isGreaterThan(3);
        assertThat(hits.get(2)).as("H3: Atomic test 3's CreateUser and CreateAccessKey").isGreaterThanOrEqualTo(2);
        assertThat(hits.get(4)).as("H5: calls with the attacker's key").isGreaterThan(0);
        assertThat(hits.get(5)).as("H6: creation followed by IAM change").isGreaterThanOrEqualTo(1);
        assertThat(hits.get(6)).as("H7: the japaneast resource group").isGreaterThanOrEqualTo(1);
    }

    /** The prefilter holds only the events a query can match: every hunting query must print exactly the same. */
    @Test
    void everyHuntingQueryPrintsTheSameWithoutThePrefilter() throws IOException {
        int prefiltered = 0;
        for (String q : queries()) {
            CliRun filtered = CliRun.of("query", q, EXAMPLES.toString(), "--rejects", tmp.resolve("r1").toString());
            CliRun full = CliRun.of("query", q, EXAMPLES.toString(), "--rejects", tmp.resolve("r2").toString(), "--no-prefilter");
            assertThat(filtered.exitCode()).as(q).isZero();
            assertThat(filtered.out()).as(q).isEqualTo(full.out());
            // the same counts; only the note of how many records were passed over differs
            assertThat(filtered.err().replaceAll(" \\(\\d+ passed over: [^)]*\\)", "")).as(q).isEqualTo(full.err());
            prefiltered += filtered.err().contains("passed over") ? 1 : 0;
        }
        assertThat(prefiltered).as("hunts that name their API calls").isGreaterThanOrEqualTo(2);
    }
}
