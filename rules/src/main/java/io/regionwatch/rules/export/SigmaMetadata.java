package io.regionwatch.rules.export;

import io.regionwatch.core.rule.RuleMetadata;
import io.regionwatch.core.rule.Threat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/** The Sigma metadata of an exported rule: title, ids, dates, ATT&amp;CK tags, level. */
final class SigmaMetadata {
    static final Map<String, String> SOURCE_TITLES = Map.of("aws.cloudtrail", "AWS CloudTrail",
            "azure.activitylogs", "Azure Activity Logs", "gcp.audit", "Google Cloud Audit Logs");
    private final RuleMetadata rule;
    private final String created;
    private final String updated;

    SigmaMetadata(RuleMetadata rule, String tomlText) {
        this.rule = rule;
        TomlParseResult toml = Toml.parse(tomlText);
        this.created = date(toml.getString("metadata.creation_date"));
        this.updated = date(toml.getString("metadata.updated_date"));
    }

    /** A stable id per exported document: the rule_id itself when the rule exports as one document. */
    String id(String role, boolean only) {
        return only ? rule.ruleId() : UUID.nameUUIDFromBytes((rule.ruleId() + "/" + role).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Sigma {@code name}: the rule name in snake case, plus the role. */
    String name(String role) {
        String base = rule.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        return role.isEmpty() ? base : base + "_" + role.replaceAll("[^a-z0-9]+", "_");
    }

    /** Title, id, related, name, status, description, references, author, dates, tags. */
    Map<String, Object> header(String title, String id, String name, String description) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", title);
        doc.put("id", id);
        if (!id.equals(rule.ruleId())) {
            Map<String, Object> related = new LinkedHashMap<>();
            related.put("id", rule.ruleId());
            related.put("type", "derived");
            doc.put("related", List.of(related));
        }
        doc.put("name", name);
        doc.put("status", "test");
        doc.put("description", description);
        if ("Elastic License v2".equals(rule.license())) {
            doc.put("license", "Elastic-2.0");
        }
        if (!rule.references().isEmpty()) {
            doc.put("references", rule.references());
        }
        doc.put("author", String.join(", ", rule.author()));
        putIfPresent(doc, "date", created);
        putIfPresent(doc, "modified", updated);
        doc.put("tags", tags());
        return doc;
    }

    /** What closes every document: false positives and level. */
    void footer(Map<String, Object> doc) {
        List<String> fps = new ArrayList<>();
        rule.falsePositives().forEach(fp -> fps.add(fp.strip().replaceAll("\\s+", " ")));
        if (!fps.isEmpty()) {
            doc.put("falsepositives", fps);
        }
        doc.put("level", rule.severity().label());
    }

    private List<String> tags() {
        Set<String> tags = new LinkedHashSet<>();
        for (Threat t : rule.threat()) {
            if (t.tactic() != null) {
                tags.add("attack." + t.tactic().name().toLowerCase(Locale.ROOT).replace(' ', '-'));
            }
            for (Threat.Technique tech : t.techniques()) {
                tags.add("attack." + tech.entry().id().toLowerCase(Locale.ROOT));
                tech.subtechniques().forEach(s -> tags.add("attack." + s.id().toLowerCase(Locale.ROOT)));
            }
        }
        return List.copyOf(tags);
    }

    private static String date(String tomlDate) {
        return tomlDate == null ? null : tomlDate.replace('/', '-');
    }

    private static void putIfPresent(Map<String, Object> doc, String key, Object value) {
        if (value != null) {
            doc.put(key, value);
        }
    }
}
