package io.regionwatch.cli.config;

import io.regionwatch.cli.redact.Redactor;
import io.regionwatch.core.limit.RuleLimits;
import io.regionwatch.core.rule.ApprovedRegions;
import io.regionwatch.core.rule.ExceptionList;
import io.regionwatch.ingest.Limits;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The loaded configuration; {@link #defaults()} is what runs when no file is given.
 *
 * @param exceptionLists exception lists (tuning), each applying to the rules it names or to all
 * @param valueLists value lists that {@code list} exception entries refer to
 * @param statePath the embedded state database (baselines), relative to the working directory
 * @param redaction secrets masked in events before rules, alerts and outputs see them
 * @param limits bounds on untrusted input (nesting, sizes, records per file, decompression)
 * @param ruleLimits bounds on the state rules keep (sequence keys, correlation and threshold groups, baselines)
 */
public record Config(ApprovedRegions approvedRegions, List<ExceptionList> exceptionLists, Map<String, Set<String>> valueLists,
        Path statePath, String source, Redactor redaction, Limits limits, RuleLimits ruleLimits) {
    public static final Path DEFAULT_STATE = Path.of(".regionwatch", "state.db");

    public Config {
        exceptionLists = List.copyOf(exceptionLists);
        valueLists = Map.copyOf(valueLists);
    }

    public static Config defaults() {
        return new Config(ApprovedRegions.SEED_DEFAULT, List.of(), Map.of(), DEFAULT_STATE, "built-in defaults", Redactor.none(),
                Limits.defaults(), RuleLimits.defaults());
    }

    public Config withApprovedRegions(ApprovedRegions regions, String from) {
        return new Config(regions, exceptionLists, valueLists, statePath, from, redaction, limits, ruleLimits);
    }

    public Config withStatePath(Path path) {
        return new Config(approvedRegions, exceptionLists, valueLists, path, source, redaction, limits, ruleLimits);
    }
}
