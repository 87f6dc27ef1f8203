package io.regionwatch.cli.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactorTest {
    private static final String KEY_ID = "ASIAEXAMPLE7EXAMPLE7";
    private static final Map<String, Object> DOC = Map.of(
            "aws", Map.of("cloudtrail", Map.of(
                    "user_identity", Map.of("access_key_id", KEY_ID),
                    "response_elements", "{\"credentials\":{\"accessKeyId\":\"" + KEY_ID + "\",\"secretAccessKey\":\"wJalr/K7MDENG\","
                            + "\"sessionToken\":\"IQoJb3Jp\\\"gin\",\"expiration\":\"Nov 1, 2026\"}}",
                    "flattened", Map.of("response_elements", Map.of("credentials", Map.of(
                            "SecretAccessKey", "wJalr/K7MDENG", "sessionToken", "IQoJb3Jpgin", "expiration", "x"))))),
            "painless", "{credentials={accessKeyId=x, secretAccessKey=wJalr/K7MDENG, sessionToken=IQoJb3Jpgin}}",
            "event", Map.of("original", "{\"responseElements\":{\"credentials\":{\"sessionToken\":\"IQoJb3Jpgin\"}}}"),
            "user", Map.of("name", "alice"),
            "tags", List.of("AKIAIOSFODNN7EXAMPLE in a list"));

    @Test
    void defaultsMaskSecretKeysTokensAndAccessKeyIdsEverywhere() {
        String out = Redactor.defaults().redact(DOC).toString();
        assertThat(out).doesNotContain(KEY_ID, "AKIAIOSFODNN7EXAMPLE", "wJalr", "IQoJb3Jp");
        assertThat(out).contains("alice", "Nov 1, 2026", "expiration=x", Redactor.MASK);
    }

    @Test
    void jsonTextStaysJsonAfterMasking() {
        Object text = ((Map<?, ?>) ((Map<?, ?>) Redactor.defaults().redact(DOC).get("aws")).get("cloudtrail")).get("response_elements");
        assertThat(text).isEqualTo("{\"credentials\":{\"accessKeyId\":\"[REDACTED]\",\"secretAccessKey\":\"[REDACTED]\","
                + "\"sessionToken\":\"[REDACTED]\",\"expiration\":\"Nov 1, 2026\"}}");
    }

    @Test
    void configuredPathsAndPatternsOnly() {
        Redactor r = Redactor.of(List.of("user.name"), List.of("Nov (\\d+)"));
        String out = r.redact(DOC).toString();
        assertThat(out).doesNotContain("alice").contains(KEY_ID, "Nov [REDACTED], 2026");
    }

    @Test
    void noneLeavesTheDocumentAlone() {
        assertThat(Redactor.none().active()).isFalse();
        assertThat(Redactor.none().redact(DOC)).isEqualTo(DOC);
    }

    @Test
    void backtrackingPatternsAreRefusedOrLinear() {
        assertThatThrownBy(() -> Redactor.of(List.of(), List.of("(a)\\1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("redact pattern");
        Redactor r = Redactor.of(List.of(), List.of("(a+)+$"));
        long start = System.nanoTime();
        r.redact(Map.of("x", "a".repeat(100_000) + "!"));
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }

    @Test
    void rawTextIsMaskedByKeysAndPatternsIncludingCutOffAndDoublyEncodedJson() {
        Redactor r = Redactor.defaults().and(Redactor.of(List.of("apiKey"), List.of()));
        // a reject excerpt cut inside the token: no closing quote
        assertThat(r.text("{\"sessionToken\":\"IQoJb3JpZ2luX2VjEJr")).isEqualTo("{\"sessionToken\":\"[REDACTED]");
        // JSON inside a JSON string (a CloudWatch export's message), with a key the configuration added
        assertThat(r.text("{\"message\":\"{\\\"APIKEY\\\":\\\"s3cr3t\\\",\\\"b\\\":1}\"}"))
                .isEqualTo("{\"message\":\"{\\\"APIKEY\\\":\\\"[REDACTED]\\\",\\\"b\\\":1}\"}");
        assertThat(r.text("reason mentions " + KEY_ID)).isEqualTo("reason mentions [REDACTED]");
        assertThat(Redactor.none().text("{\"sessionToken\":\"x\"}")).isEqualTo("{\"sessionToken\":\"x\"}");
    }
}
