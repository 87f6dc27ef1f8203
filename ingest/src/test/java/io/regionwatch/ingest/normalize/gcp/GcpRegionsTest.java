package io.regionwatch.ingest.normalize.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GcpRegionsTest {
    @Test
    void zonesBecomeRegions() {
        assertThat(GcpRegions.normalize("us-central1-a")).isEqualTo("us-central1");
        assertThat(GcpRegions.normalize("europe-west10-b")).isEqualTo("europe-west10");
        assertThat(GcpRegions.normalize("asia-south2")).isEqualTo("asia-south2");
        assertThat(GcpRegions.normalize("global")).isNull();
        assertThat(GcpRegions.normalize("eu")).isEqualTo("eu");
    }

    @Test
    void labelsBeforeResourceLocation() {
        Map<String, Object> resource = Map.of("labels", Map.of("location", "global", "zone", "me-west1-c"));
        Map<String, Object> payload = Map.of("resourceLocation", Map.of("currentLocations", List.of("europe-west9")));
        assertThat(GcpRegions.region(resource, payload)).isEqualTo("me-west1");
        assertThat(GcpRegions.region(Map.of("labels", Map.of("location", "global")), payload)).isEqualTo("europe-west9");
        assertThat(GcpRegions.region(null, null)).isNull();
    }
}
