package io.regionwatch.sigma.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.diag.SourceSpan;
import io.regionwatch.sigma.model.LogSource;
import org.junit.jupiter.api.Test;

/** The built-in field-mapping tables and the pipeline file format. */
class PipelinesTest {
    private static final SourceSpan AT = SourceSpan.at("t", 1, 1);

    private static FieldMappingPipeline builtin(String product, String service) {
        return Pipelines.builtin().forLogSource(new LogSource(null, product, service, null, AT)).orElseThrow();
    }

    @Test
    void cloudTrailNamesMapToEcsAsElasticDoes() {
        FieldMappingPipeline p = builtin("aws", "cloudtrail");
        assertThat(p.conditions()).containsEntry("event.dataset", "aws.cloudtrail");
        assertThat(p.map("eventName")).isEqualTo("event.action");
        assertThat(p.map("eventSource")).isEqualTo("event.provider");
        assertThat(p.map("awsRegion")).isEqualTo("cloud.region");
        assertThat(p.map("userIdentity.arn")).isEqualTo("aws.cloudtrail.user_identity.arn");
        assertThat(p.map("userIdentity.type")).isEqualTo("aws.cloudtrail.user_identity.type");
        assertThat(p.map("errorCode")).isEqualTo("aws.cloudtrail.error_code");
        assertThat(p.map("sourceIPAddress")).isEqualTo("source.address");
        assertThat(p.map("requestParameters.bucketName")).isEqualTo("aws.cloudtrail.flattened.request_parameters.bucketName");
        assertThat(p.map("requestParameters")).isEqualTo("aws.cloudtrail.request_parameters");
        assertThat(p.map("cloud.region")).isEqualTo("cloud.region");
        assertThat(p.map("status")).isNull();
    }

    @Test
    void azureAndGcpTables() {
        FieldMappingPipeline azure = builtin("azure", "activitylogs");
        assertThat(azure.conditions()).containsEntry("event.dataset", "azure.activitylogs");
        assertThat(azure.map("operationName")).isEqualTo("event.action");
        assertThat(azure.map("OperationName")).isEqualTo("event.action");
        assertThat(azure.map("ActivityStatusValue")).isEqualTo("event.outcome");
        assertThat(azure.map("ResourceProviderValue")).isEqualTo("azure.resource.provider");
        assertThat(azure.map("properties.message")).isEqualTo("azure.activitylogs.properties.message");
        FieldMappingPipeline gcp = builtin("gcp", "gcp.audit");
        assertThat(gcp.conditions()).containsEntry("event.dataset", "gcp.audit");
        assertThat(gcp.map("gcp.audit.method_name")).isEqualTo("event.action");
        assertThat(gcp.map("protoPayload.methodName")).isEqualTo("event.action");
        assertThat(gcp.map("protoPayload.serviceName")).isEqualTo("service.name");
    }

    @Test
    void unknownLogSourcesHaveNoPipeline() {
        assertThat(Pipelines.builtin().forLogSource(new LogSource(null, "azure", "signinlogs", null, AT))).isEmpty();
        assertThat(Pipelines.builtin().forLogSource(new LogSource("process_creation", "aws", "cloudtrail", null, AT))).isEmpty();
    }

    @Test
    void userPipelinesParseAndTakePrecedence() throws Exception {
        FieldMappingPipeline mine = Pipelines.parse("""
                name: mine
                logsource: {product: aws, service: cloudtrail}
                conditions: {event.dataset: aws.cloudtrail}
                fields:
                  eventName: my.action
                """, "mine.yml");
        Pipelines all = Pipelines.builtin().withFirst(mine);
        assertThat(all.forLogSource(new LogSource(null, "aws", "cloudtrail", null, AT)).orElseThrow().map("eventName"))
                .isEqualTo("my.action");
        assertThatThrownBy(() -> Pipelines.parse("name: x\nfields: [a]\n", "bad.yml"))
                .isInstanceOf(DiagnosticException.class).hasMessageContaining("bad.yml:2:9: error: fields must be a map")
                .hasMessageContaining("needs a non-empty 'logsource'");
    }
}
