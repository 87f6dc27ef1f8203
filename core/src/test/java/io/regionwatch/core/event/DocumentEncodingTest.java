package io.regionwatch.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DocumentEncodingTest {
    @Test
    void everyValueTypeKeepsItsTypeAndMapsKeepTheirOrder() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("z", "last-first");
        doc.put("long", Long.MIN_VALUE);
        doc.put("neg", -1L);
        doc.put("int", Integer.MAX_VALUE);
        doc.put("double", Double.NaN);
        doc.put("float", 1.5f);
        doc.put("big", new BigInteger("123456789012345678901234567890"));
        doc.put("dec", new BigDecimal("1e400"));
        doc.put("t", true);
        doc.put("f", false);
        doc.put("null", null);
        doc.put("list", Arrays.asList("a", null, 3L, List.of(), Map.of("k", "v")));
        doc.put("nested", new LinkedHashMap<>(Map.of("x", new LinkedHashMap<>(Map.of("y", "deep")))));
        doc.put("text", "NUL\u0000 é 日本 \uD83D\uDE00 lone\uD800surrogate");
        Map<String, Object> back = DocumentEncoding.decode(DocumentEncoding.encode(doc));
        assertThat(back).isEqualTo(doc);
        assertThat(new ArrayList<>(back.keySet())).isEqualTo(new ArrayList<>(doc.keySet()));
        assertThat(back.get("int")).isInstanceOf(Integer.class);
        assertThat(back.get("long")).isInstanceOf(Long.class);
        assertThat(back.get("float")).isInstanceOf(Float.class);
        assertThat(back.get("text")).isEqualTo("NUL\u0000 é 日本 \uD83D\uDE00 lone\uD800surrogate");
    }

    @Test
    void randomDocumentsRoundTrip() {
        Random random = new Random(20261128);
        for (int i = 0; i < 2000; i++) {
            Map<String, Object> doc = randomMap(random, 0);
            assertThat(DocumentEncoding.decode(DocumentEncoding.encode(doc))).isEqualTo(doc);
        }
    }

    @Test
    void fieldsReadFromTheEncodingEqualThoseOfTheDocument() {
        Random random = new Random(1128);
        for (int i = 0; i < 2000; i++) {
            Map<String, Object> doc = randomMap(random, 0);
            Event plain = new Event(doc, Origin.UNKNOWN);
            Event encoded = Event.encoded(DocumentEncoding.encode(doc), Origin.UNKNOWN);
            // every key path of the document, to the depth of two maps: values of every type lie on and off the path
            for (String key : doc.keySet()) {
                if (key.isEmpty() || key.startsWith(".") || key.endsWith(".") || key.contains("..")) {
                    continue;
                }
                FieldPath path = FieldPath.of(key);
                assertThat(encoded.get(path)).as("%s", key).isEqualTo(plain.get(path));
                if (doc.get(key) instanceof Map<?, ?> inner) {
                    for (Object k : inner.keySet()) {
                        String two = key + "." + k;
                        if (!((String) k).isEmpty() && !two.endsWith(".") && !two.contains("..")) {
                            assertThat(encoded.get(FieldPath.of(two))).as("%s", two).isEqualTo(plain.get(FieldPath.of(two)));
                        }
                    }
                }
            }
        }
    }

    @Test
    void garbageIsRejectedNotMisread() {
        byte[] bytes = DocumentEncoding.encode(Map.of("a", "b"));
        assertThatThrownBy(() -> DocumentEncoding.decode(Arrays.copyOf(bytes, bytes.length + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentEncoding.decode(new byte[] {42})).isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, Object> randomMap(Random random, int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            map.put(randomString(random), randomValue(random, depth + 1));
        }
        return map;
    }

    private static Object randomValue(Random random, int depth) {
        switch (random.nextInt(depth > 3 ? 5 : 7)) {
            case 0:
                return randomString(random);
            case 1:
                return random.nextLong() >> random.nextInt(64);
            case 2:
                return random.nextDouble() * 1e6 - 5e5;
            case 3:
                return random.nextBoolean();
            case 4:
                return null;
            case 5:
                return randomMap(random, depth);
            default:
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(randomValue(random, depth + 1));
                }
                return list;
        }
    }

    private static String randomString(Random random) {
        char[] chars = new char[random.nextInt(12)];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : (char) (' ' + random.nextInt(95));
        }
        return new String(chars);
    }
}
