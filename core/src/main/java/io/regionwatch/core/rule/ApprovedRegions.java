package io.regionwatch.core.rule;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The regions an organization uses and watches, per cloud provider. Configured once and applied to
 * every region rule. Region names never collide across providers ({@code eu-west-1} vs
 * {@code westeurope} vs {@code europe-west1}), so rules may use the union.
 */
public record ApprovedRegions(Map<String, Set<String>> byProvider) {
    /** The seed detection's twelve regions: its default AWS and Azure footprint. */
    public static final ApprovedRegions SEED_DEFAULT = new ApprovedRegions(Map.of(
            "aws", orderedSet("us-east-1", "us-west-2", "eu-west-1", "eu-central-1"),
            "azure", orderedSet("eastus", "eastus2", "westus", "westus2", "westeurope", "northeurope", "uksouth", "ukwest")));

    public ApprovedRegions {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        byProvider.forEach((provider, regions) -> copy.put(provider, Collections.unmodifiableSet(new LinkedHashSet<>(regions))));
        byProvider = Collections.unmodifiableMap(copy);
    }

    /** A flat list that applies to every provider (the {@code --approved-regions} flag). */
    public static ApprovedRegions of(List<String> regions) {
        return new ApprovedRegions(Map.of("*", new LinkedHashSet<>(regions)));
    }

    /**
     * Whether region rules can judge this provider's events: true for a provider with a configured
     * list (even an empty one) or when a flat list applies to every provider. A provider nobody
     * configured is not judged: "no list" means "not set up", not "every region is unapproved".
     */
    public boolean covers(String provider) {
        return byProvider.containsKey("*") || byProvider.containsKey(provider);
    }

    /** Every approved region of every provider, in configuration order. */
    public Set<String> all() {
        Set<String> all = new LinkedHashSet<>();
        byProvider.values().forEach(all::addAll);
        return Collections.unmodifiableSet(all);
    }

    private static Set<String> orderedSet(String... regions) {
        return new LinkedHashSet<>(List.of(regions));
    }
}
