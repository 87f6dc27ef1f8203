package io.regionwatch.ingest.normalize.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PainlessViewTest {
    @Test
    void dropsEmptiesRecursivelyAndPrintsLikeJava() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("userName", "Bob");
        raw.put("empty", "");
        raw.put("nothing", null);
        raw.put("nested", new LinkedHashMap<>(Map.of("x", "")));
        raw.put("list", new ArrayList<>(Arrays.asList("", null)));
        assertThat(PainlessView.of(raw)).hasToString("{userName=Bob}");
        assertThat(PainlessView.of(null)).isNull();
        assertThat(PainlessView.of(List.of(""))).isNull();
    }
}
