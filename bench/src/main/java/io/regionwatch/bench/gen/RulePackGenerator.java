package io.regionwatch.bench.gen;

import io.regionwatch.rules.load.RuleLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * A rule folder of {@code --count} rules: the bundled pack plus single-event rules shaped like Sigma's
 * CloudTrail rules (a service and a few API names, a user-agent wildcard, a region list), half EQL and
 * half KQL, none of which fires on the generated traffic, so the alerts stay the planted ones.
 * Usage: {@code RulePackGenerator --out DIR [--count 200]}.
 */
public final class RulePackGenerator {
    private static final String PACK = "/io/regionwatch/rules/pack/";
    private static final String TEMPLATE = "defense_evasion_region_enabled_or_guardrail_disabled.toml";
    private static final List<String> SERVICES = List.of("ec2", "s3", "iam", "kms", "lambda", "rds", "ecs", "eks",
            "sns", "sqs", "secretsmanager", "ssm", "glue", "athena", "dynamodb", "route53", "cloudformation", "organizations");
    private static final List<String> VERBS = List.of("Put", "Delete", "Update", "Attach", "Detach", "Modify", "Disable",
            "Restore", "Import", "Export", "Share", "Replicate");
    private static final List<String> NOUNS = List.of("Policy", "Snapshot", "Key", "Function", "Cluster", "Queue",
            "Topic", "Parameter", "Secret", "Table", "Stack", "Image", "Role", "Bucket", "Grant", "Trail");

    private RulePackGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(WorkloadGenerator.arg(args, "--out", "bench/target/rules-200"));
        int count = Integer.parseInt(WorkloadGenerator.arg(args, "--count", "200"));
        write(out, count);
        System.err.println("wrote " + count + " rules to " + out);
    }

    /** Writes the pack ({@code withPack}) and synthetic rules up to {@code count} in all. */
    public static void write(Path out, int count) throws IOException {
        Files.createDirectories(out);
        List<String> pack = RuleLoader.bundledNames();
        for (String name : pack) {
            Files.writeString(out.resolve(name), resource(name));
        }
        String template = resource(TEMPLATE);
        for (int i = 0; i < count - pack.size(); i++) {
            Files.writeString(out.resolve(String.format("synthetic_%03d.toml", i)), synthetic(template, i));
        }
    }

    private static String synthetic(String template, int i) {
        String id = new UUID(0x5eed_0000_0000_4000L | i, 0x8000_0000_0000_0000L | i).toString();
        String header = template.substring(0, template.indexOf("\nquery = '''"));
        String tail = template.substring(template.indexOf("'''\n", template.indexOf("\nquery = '''") + 12) + 4);
        boolean eql = i % 2 == 0;
        header = header.replaceFirst("rule_id = \"[^\"]*\"", "rule_id = \"" + id + "\"")
                .replaceFirst("\nname = \"[^\"]*\"", "\nname = \"Synthetic CloudTrail rule " + i + "\"")
                .replaceFirst("language = \"kuery\"", eql ? "language = \"eql\"" : "language = \"kuery\"")
                .replaceFirst("\ntype = \"query\"", eql ? "\ntype = \"eql\"" : "\ntype = \"query\"");
        return header + "\nquery = '''\n" + (eql ? eqlQuery(i) : kqlQuery(i)) + "\n'''\n" + tail;
    }

    private static String action(int i, int k) {
        return VERBS.get((i + k) % VERBS.size()) + NOUNS.get((i * 7 + k) % NOUNS.size()) + (i / 50 == 0 ? "" : "V" + i / 50);
    }

    private static String eqlQuery(int i) {
        String service = SERVICES.get(i % SERVICES.size()) + ".amazonaws.com";
        return switch (i / 2 % 3) {
            case 0 -> "any where event.dataset == \"aws.cloudtrail\" and event.provider == \"" + service
                    + "\" and event.action in (\"" + action(i, 0) + "\", \"" + action(i, 1) + "\", \"" + action(i, 2) + "\")";
            case 1 -> "any where event.dataset == \"aws.cloudtrail\" and event.action : \"" + action(i, 0)
                    + "*\" and user_agent.original : (\"*sqlmap*\", \"*nmap*\", \"*pacu*\")";
            default -> "any where event.dataset == \"aws.cloudtrail\" and event.action == \"" + action(i, 3)
                    + "\" and cloud.region in (\"me-south-1\", \"af-south-1\", \"ap-east-1\")";
        };
    }

    private static String kqlQuery(int i) {
        String service = SERVICES.get(i % SERVICES.size()) + ".amazonaws.com";
        return switch (i / 2 % 3) {
            case 0 -> "event.dataset:aws.cloudtrail and event.provider:" + service + " and event.action:("
                    + action(i, 0) + " or " + action(i, 1) + " or " + action(i, 2) + ")";
            case 1 -> "event.dataset:aws.cloudtrail and event.action:" + action(i, 0) + "* and user_agent.original:(*sqlmap* or *pacu*)";
            default -> "event.dataset:aws.cloudtrail and event.action:" + action(i, 3)
                    + " and cloud.region:(me-south-1 or af-south-1 or ap-east-1)";
        };
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RuleLoader.class.getResourceAsStream(PACK + name)) {
            if (in == null) {
                throw new IOException("bundled rule not found: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
