package io.regionwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutated and truncated real shapes (plain and gzip) never throw, always balance, and never reach
 * the normalizer's internal-error net. Seeded, so a failure reproduces.
 */
class RobustnessTest {
    private static final List<String> FIXTURES = List.of("aws/111122223333_CloudTrail_ap-southeast-3_20240501T1000Z_abc.json",
            "aws/records.ndjson", "aws/cloudwatch-subscription.json", "aws/lookup-events.json", "aws/eventbridge.json",
            "azure/eventhub-batch.json", "azure/PT1H.json", "azure/log-analytics-export.json", "azure/rest-activity-log.json",
            "gcp/audit.jsonl");
    private static final byte[] NASTY = "{}[]\",:\\\n 0e-\u00ff".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    @Test
    void mutatedInputsAreAccountedFor() {
        Random random = new Random(1535);
        for (int round = 0; round < 3000; round++) {
            byte[] input = mutate(Fixtures.bytes(FIXTURES.get(round % FIXTURES.size())), random);
            if (round % 5 == 0) {
                byte[] gz = Fixtures.gzip(input);
                input = Arrays.copyOf(gz, random.nextInt(gz.length + 1));
            }
            Collector c = Collector.ingest(input, new IngestOptions(round % 7 == 0, round % 3 == 0, Limits.defaults()));
            byte[] shown = input;
            assertThat(c.rejects).as(() -> new String(shown, java.nio.charset.StandardCharsets.UTF_8))
                    .noneMatch(r -> r.reason().startsWith("internal normalization error"));
        }
    }

    /** Replaces random values of real records with values of other JSON types: the normalizers must reject, not fail. */
    @Test
    void wrongTypesAnywhereAreRejectsNotErrors() {
        var mapper = tools.jackson.databind.json.JsonMapper.builder().build();
        List<Object> replacements = Arrays.asList(5, -1.5, true, null, "", "x", List.of(), List.of(1, "a"),
                java.util.Map.of(), java.util.Map.of("a", 1));
        Random random = new Random(74);
        for (int round = 0; round < 3000; round++) {
            String fixture = FIXTURES.get(round % FIXTURES.size());
            String text = new String(Fixtures.bytes(fixture), java.nio.charset.StandardCharsets.UTF_8);
            boolean lines = fixture.endsWith(".ndjson") || fixture.endsWith(".jsonl") || fixture.endsWith("PT1H.json");
            Object tree = mapper.readValue(lines ? text.lines().findFirst().orElseThrow() : text, Object.class);
            for (int i = 0; i < 1 + random.nextInt(3); i++) {
                tree = replaceRandom(tree, replacements.get(random.nextInt(replacements.size())), random);
            }
            String json = mapper.writeValueAsString(tree);
            Collector c = Collector.ingest(json);
            assertThat(c.rejects).as(json).noneMatch(r -> r.reason().startsWith("internal normalization error"));
        }
    }

    @SuppressWarnings("unchecked")
    static Object replaceRandom(Object node, Object replacement, Random random) {
        if (random.nextInt(6) == 0) {
            return replacement;
        }
        if (node instanceof java.util.Map<?, ?> map && !map.isEmpty()) {
            java.util.Map<String, Object> copy = new java.util.LinkedHashMap<>((java.util.Map<String, Object>) map);
            String key = List.copyOf(copy.keySet()).get(random.nextInt(copy.size()));
            copy.put(key, replaceRandom(copy.get(key), replacement, random));
            return copy;
        }
        if (node instanceof List<?> list && !list.isEmpty()) {
            java.util.List<Object> copy = new java.util.ArrayList<>(list);
            int at = random.nextInt(copy.size());
            copy.set(at, replaceRandom(copy.get(at), replacement, random));
            return copy;
        }
        return replacement;
    }

    private static byte[] mutate(byte[] data, Random random) {
        byte[] out = data.clone();
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(3)) {
                case 0 -> out[at] = NASTY[random.nextInt(NASTY.length)];
                case 1 -> out = Arrays.copyOf(out, Math.max(1, at));
                default -> out[at] = (byte) random.nextInt(256);
            }
        }
        return out;
    }
}
