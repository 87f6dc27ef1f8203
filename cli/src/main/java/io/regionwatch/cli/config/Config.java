package io.regionwatch.cli.config;

import io.regionwatch.core.rule.ApprovedRegions;

/** The loaded configuration; {@link #defaults()} is what runs when no file is given. */
public record Config(ApprovedRegions approvedRegions, String source) {
    public static Config defaults() {
        return new Config(ApprovedRegions.SEED_DEFAULT, "built-in defaults");
    }

    public Config withApprovedRegions(ApprovedRegions regions, String from) {
        return new Config(regions, from);
    }
}
