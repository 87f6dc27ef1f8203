package io.regionwatch.ingest.normalize.gcp;

import io.regionwatch.ingest.normalize.Fields;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Our {@code cloud.region} rule for GCP (Elastic sets none): {@code resource.labels.region}, then
 * {@code location}, then {@code zone} (a zone {@code us-central1-a} gives region
 * {@code us-central1}), then the first of {@code protoPayload.resourceLocation.currentLocations}.
 * {@code global} is no region; multi-regions ({@code eu}, {@code us}) are kept as they are.
 */
final class GcpRegions {
    private static final Pattern ZONE = Pattern.compile("([a-z]+-[a-z]+\\d+)-[a-z]");

    private GcpRegions() {
    }

    static String region(Map<String, Object> resource, Map<String, Object> payload) {
        Map<String, Object> labels = Fields.object(resource, "labels");
        for (String key : new String[] {"region", "location", "zone"}) {
            String r = normalize(labels == null ? null : labels.get(key));
            if (r != null) {
                return r;
            }
        }
        if (Fields.path(payload, "resourceLocation", "currentLocations") instanceof List<?> list && !list.isEmpty()) {
            return normalize(list.get(0));
        }
        return null;
    }

    static String normalize(Object location) {
        if (!(location instanceof String s) || s.isEmpty() || s.equalsIgnoreCase("global")) {
            return null;
        }
        var zone = ZONE.matcher(s);
        return zone.matches() ? zone.group(1) : s;
    }
}
