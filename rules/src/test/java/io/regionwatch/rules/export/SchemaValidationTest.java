package io.regionwatch.rules.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.regionwatch.rules.load.RuleLoader;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every document of every bundled rule's Sigma export validates against the specification's JSON
 * schemas (detection rules and correlation rules, draft 2020-12), read back from the YAML text.
 */
class SchemaValidationTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    static Schema schema(String name) throws Exception {
        try (InputStream in = SchemaValidationTest.class.getResourceAsStream("/sigma-schema/" + name)) {
            return REGISTRY.getSchema(in);
        }
    }

    @Test
    void everyExportedDocumentIsValid() throws Exception {
        Schema detection = schema("sigma-detection-rule-schema.json");
        Schema correlation = schema("sigma-correlation-rules-schema.json");
        int documents = 0;
        for (String name : RuleLoader.bundledNames()) {
            String yaml = new SigmaExporter().export(name, RuleLoader.bundledText(name)).yaml();
            for (Object doc : new Load(LoadSettings.builder().build()).loadAllFromString(yaml)) {
                JsonNode node = JSON.valueToTree(doc);
                boolean isCorrelation = ((Map<?, ?>) doc).containsKey("correlation");
                List<Error> errors = (isCorrelation ? correlation : detection).validate(node);
                assertThat(errors).as(name + ": " + node).isEmpty();
                UUID.fromString(node.path("id").asString());
                documents++;
            }
        }
        System.out.printf("schema validation: %d bundled rules exported as %d Sigma documents, all valid%n",
                RuleLoader.bundledNames().size(), documents);
    }

    @Test
    void theValidatorRejectsAnInvalidRule() throws Exception {
        JsonNode bad = JSON.readTree("{\"title\":\"t\",\"detection\":{\"sel\":{\"a\":1}},\"level\":\"severe\"}");
        assertThat(schema("sigma-detection-rule-schema.json").validate(bad)).extracting(Error::getMessage)
                .anyMatch(m -> m.contains("logsource")).anyMatch(m -> m.contains("condition"));
    }
}
