package io.regionwatch.ingest.normalize.azure;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.DocumentBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AzureRegionsTest {
    @Test
    void shortNamesFromDisplayNames() {
        assertThat(AzureRegions.normalize("West Europe")).isEqualTo("westeurope");
        assertThat(AzureRegions.normalize("eastus")).isEqualTo("eastus");
        assertThat(AzureRegions.normalize("global")).isNull();
        assertThat(AzureRegions.normalize("Global")).isNull();
        assertThat(AzureRegions.normalize("GB")).isNull();
        assertThat(AzureRegions.normalize(5L)).isNull();
    }

    @Test
    void bodiesAreTheFallback() {
        assertThat(AzureRegions.region("global", Map.of("location", "North Europe"), null)).isEqualTo("northeurope");
        assertThat(AzureRegions.region(null, null, Map.of("location", "uksouth"))).isEqualTo("uksouth");
        assertThat(AzureRegions.region("eastus", Map.of("location", "westus"), null)).isEqualTo("eastus");
    }

    @Test
    void resourceIdsInAnyCase() {
        DocumentBuilder doc = new DocumentBuilder();
        assertThat(ResourceIds.map(doc, "/SUBSCRIPTIONS/S1/RESOURCEGROUPS/RG/PROVIDERS/MICROSOFT.COMPUTE/VIRTUALMACHINES/VM"))
                .isEqualTo("S1");
        assertThat(doc.peek("azure.resource.group")).isEqualTo("RG");
        assertThat(doc.peek("azure.resource.provider")).isEqualTo("MICROSOFT.COMPUTE/VIRTUALMACHINES");
        assertThat(doc.peek("azure.resource.name")).isEqualTo("VM");
        DocumentBuilder tenant = new DocumentBuilder();
        assertThat(ResourceIds.map(tenant, "/TeNaNtS/t1/PrOvIdErS/Microsoft.aadiam")).isNull();
        assertThat(tenant.peek("azure.tenant_id")).isEqualTo("t1");
        assertThat(tenant.peek("azure.resource.provider")).isEqualTo("Microsoft.aadiam");
        DocumentBuilder sub = new DocumentBuilder();
        assertThat(ResourceIds.map(sub, "/subscriptions/s2")).isEqualTo("s2");
    }
}
