package io.regionwatch.cli.rules;

import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.rules.load.RuleDefinition;
import io.regionwatch.rules.load.RuleLoader;
import io.regionwatch.rules.load.TomlRuleReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule a command names: a file (TOML or Sigma YAML), or a bundled rule by file name (with or
 * without {@code .toml}), {@code rule_id} or name (case-insensitive).
 */
record RuleRef(String source, String text, boolean sigma) {
    static RuleRef resolve(String rule) throws IOException {
        Path path = Path.of(rule);
        if (Files.isRegularFile(path)) {
            String name = path.getFileName().toString();
            return new RuleRef(rule, Files.readString(path, StandardCharsets.UTF_8), name.endsWith(".yml") || name.endsWith(".yaml"));
        }
        for (String name : RuleLoader.bundledNames()) {
            String text = RuleLoader.bundledText(name);
            if (name.equals(rule) || name.equals(rule + ".toml") || matches(name, text, rule)) {
                return new RuleRef("rules/pack/" + name, text, false);
            }
        }
        throw new NoSuchFileException(rule, null, "no such rule file, and no bundled rule with this file name, rule_id or name");
    }

    private static boolean matches(String name, String text, String rule) {
        List<Diagnostic> ignored = new ArrayList<>();
        RuleDefinition def = TomlRuleReader.read(name, text, ignored);
        return def != null && (rule.equalsIgnoreCase(def.metadata().ruleId()) || rule.equalsIgnoreCase(def.metadata().name()));
    }
}
