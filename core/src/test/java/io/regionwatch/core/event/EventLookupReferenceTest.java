package io.regionwatch.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Event.get against an independent reading of the same rule (every split of the path at every
 * level, arrays flattened), on random documents with and without dotted keys, for an event built
 * from its document and for one read from its encoding (as the time-ordering buffer holds them).
 */
class EventLookupReferenceTest {
    private static final List<String> NAMES = List.of("a", "b", "c", "a.b", "b.c");

    /** The general reading, written independently: every split of the remaining path at every level. */
    private static void reference(Object node, List<String> segments, int from, List<Object> out) {
        if (from == segments.size()) {
            flatten(node, out);
            return;
        }
        if (node instanceof Map<?, ?> map) {
            for (int to = from + 1; to <= segments.size(); to++) {
                Object child = map.get(String.join(".", segments.subList(from, to)));
                if (child != null) {
                    reference(child, segments, to, out);
                }
            }
        } else if (node instanceof List<?> list) {
            list.forEach(e -> reference(e, segments, from, out));
        }
    }

    private static void flatten(Object node, List<Object> out) {
        if (node instanceof List<?> list) {
            list.forEach(e -> flatten(e, out));
        } else if (node != null) {
            out.add(node);
        }
    }

    private static Object randomNode(Random random, int depth, boolean dots) {
        int kind = random.nextInt(depth > 3 ? 2 : 4);
        if (kind == 0) {
            return "v" + random.nextInt(5);
        }
        if (kind == 1) {
            return (long) random.nextInt(3);
        }
        if (kind == 2) {
            List<Object> list = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                list.add(randomNode(random, depth + 1, dots));
            }
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String name = NAMES.get(random.nextInt(dots ? NAMES.size() : 3));
            map.put(name, randomNode(random, depth + 1, dots));
        }
        return map;
    }

    @Test
    void bothReadingsAgreeOnRandomDocuments() {
        Random random = new Random(20261128);
        for (int i = 0; i < 5000; i++) {
            boolean dots = random.nextBoolean();
            Object root = randomNode(random, 0, dots);
            if (!(root instanceof Map<?, ?>)) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> doc = (Map<String, Object>) root;
            Event event = new Event(doc, Origin.UNKNOWN);
            Event encoded = Event.encoded(DocumentEncoding.encode(doc), Origin.UNKNOWN);
            for (int p = 0; p < 5; p++) {
                List<String> segments = new ArrayList<>();
                for (int s = random.nextInt(3) + 1; s > 0; s--) {
                    segments.add(NAMES.get(random.nextInt(3)));
                }
                List<Object> expected = new ArrayList<>();
                reference(root, segments, 0, expected);
                Object got = event.get(FieldPath.of(String.join(".", segments)));
                if (p == 4) {
                    // asking for the whole document of an encoded event changes nothing it answers
                    assertThat(encoded.document()).isEqualTo(root);
                }
                Object want = expected.isEmpty() ? null : expected.size() == 1 ? expected.get(0) : expected;
                assertThat(got).as("%s in %s", segments, root).isEqualTo(want);
                assertThat(encoded.get(FieldPath.of(String.join(".", segments)))).as("encoded: %s in %s", segments, root)
                        .isEqualTo(want);
            }
        }
    }
}
