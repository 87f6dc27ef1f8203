package io.regionwatch.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RegionCatalogTest {
    private final RegionCatalog catalog = RegionCatalog.load();

    @Test
    void coversThePublicRegionsOfAllThreeClouds() {
        Map<String, Long> perProvider = catalog.all().stream().collect(Collectors.groupingBy(Region::provider, Collectors.counting()));
        assertThat(perProvider.get("aws")).isGreaterThanOrEqualTo(34);
        assertThat(perProvider.get("azure")).isGreaterThanOrEqualTo(60);
        assertThat(perProvider.get("gcp")).isGreaterThanOrEqualTo(40);
        assertThat(catalog.all()).allSatisfy(r -> {
            assertThat(r.lat()).isBetween(-60.0, 85.0);
            assertThat(r.lon()).isBetween(-180.0, 180.0);
            assertThat(r.name()).isNotBlank();
        });
    }

    @Test
    void findsRegionsTheSampleLogsUseAndGcpZonesByTheirRegion() {
        assertThat(catalog.find("aws", "ap-southeast-1").name()).isEqualTo("Asia Pacific (Singapore)");
        assertThat(catalog.find("aws", "sa-east-1")).isNotNull();
        assertThat(catalog.find("azure", "japaneast")).isNotNull();
        assertThat(catalog.find("gcp", "europe-west1-b").id()).isEqualTo("europe-west1");
        assertThat(catalog.find("aws", "japaneast")).isNull();
        assertThat(catalog.find("aws", "mars-north-1")).isNull();
    }

    @Test
    void projectsOntoTheMap() {
        double[] topLeft = WorldMapSvg.project(85, -180);
        double[] london = WorldMapSvg.project(51.5, -0.1);
        assertThat(topLeft).containsExactly(0.0, 0.0);
        assertThat(london[0]).isBetween(499.0, 500.0);
        assertThat(london[1]).isLessThan(WorldMapSvg.HEIGHT / 2.0);
    }
}
