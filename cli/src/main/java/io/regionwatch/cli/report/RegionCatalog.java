package io.regionwatch.cli.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every public AWS, Azure and GCP region with its coordinates, loaded from {@code regions.tsv}. */
final class RegionCatalog {
    private final Map<String, Region> byKey;

    private RegionCatalog(Map<String, Region> byKey) {
        this.byKey = byKey;
    }

    static RegionCatalog load() {
        Map<String, Region> regions = new LinkedHashMap<>();
        for (String line : resourceLines("regions.tsv")) {
            String[] f = line.split("\t");
            if (f.length != 5) {
                throw new IllegalStateException("regions.tsv: expected 5 tab-separated fields in: " + line);
            }
            Region r = new Region(f[0], f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]), f[4]);
            if (regions.put(key(r.provider(), r.id()), r) != null) {
                throw new IllegalStateException("regions.tsv: duplicate region " + r.provider() + " " + r.id());
            }
        }
        return new RegionCatalog(regions);
    }

    /** The region, or null when this provider has no region by that name (or the name is a zone). */
    Region find(String provider, String id) {
        Region exact = byKey.get(key(provider, id));
        if (exact != null || id == null) {
            return exact;
        }
        // GCP events often carry a zone (europe-west1-b); its region is the name without the suffix.
        int dash = id.lastIndexOf('-');
        return dash > 0 && id.length() - dash == 2 ? byKey.get(key(provider, id.substring(0, dash))) : null;
    }

    /** The region a location names: a GCP zone ({@code europe-west1-b}) is counted as its region. */
    static String regionOf(String provider, String location) {
        if ("gcp".equals(provider) && location.matches("[a-z]+-[a-z]+[0-9]+-[a-z]")) {
            return location.substring(0, location.length() - 2);
        }
        return location;
    }

    Collection<Region> all() {
        return byKey.values();
    }

    static String key(String provider, String id) {
        return provider + "/" + id;
    }

    /** The non-blank, non-comment lines of a resource next to this class. */
    static List<String> resourceLines(String name) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = RegionCatalog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
