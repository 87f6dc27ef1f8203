package io.regionwatch.cli.kafka;

import io.regionwatch.cli.RuleSetup;
import io.regionwatch.core.rule.Rule;
import io.regionwatch.core.state.StateStore;
import io.regionwatch.kafka.RuleSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Rules and configuration from files, as {@code scan} loads them; the fingerprint is every watched
 * file's path, size and modification time, so editing a rule or {@code regionwatch.yml} reloads the
 * rules in every task within a second, without a restart.
 */
final class FileRuleSource implements RuleSource {
    private final RuleSetup setup;
    private final List<Path> watched;
    private final PrintWriter err;

    FileRuleSource(RuleSetup setup, List<Path> watched, PrintWriter err) {
        this.setup = setup;
        this.watched = List.copyOf(watched);
        this.err = err;
    }

    @Override
    public synchronized List<Rule> load(StateStore store) throws Exception {
        return setup.loadRules(setup.loadConfig(), err, store);
    }

    @Override
    public String fingerprint() {
        StringBuilder out = new StringBuilder();
        for (Path root : watched) {
            if (!Files.exists(root)) {
                out.append(root).append(":absent;");
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    out.append(p).append(':').append(Files.size(p)).append(':')
                            .append(Files.getLastModifiedTime(p).toMillis()).append(';');
                }
            } catch (IOException e) {
                out.append(root).append(":unreadable;");
            }
        }
        return out.toString();
    }
}
