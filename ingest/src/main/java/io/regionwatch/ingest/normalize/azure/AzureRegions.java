package io.regionwatch.ingest.normalize.azure;

import java.util.Locale;
import java.util.Map;

/**
 * Our {@code cloud.region} rule for Azure (Elastic sets none): the record's {@code location}, else
 * the resource's location inside the request or response body, as the ARM short name
 * ({@code West Europe} → {@code westeurope}). {@code global} and two-letter country codes (which
 * sign-in records put in {@code location}) are not regions.
 */
final class AzureRegions {
    private AzureRegions() {
    }

    static String region(Object location, Map<String, Object> responseBody, Map<String, Object> requestBody) {
        String region = normalize(location);
        if (region == null && responseBody != null) {
            region = normalize(responseBody.get("location"));
        }
        if (region == null && requestBody != null) {
            region = normalize(requestBody.get("location"));
        }
        return region;
    }

    static String normalize(Object location) {
        if (!(location instanceof String s)) {
            return null;
        }
        String name = s.replace(" ", "").toLowerCase(Locale.ROOT);
        if (name.length() <= 2 || name.equals("global") || !name.chars().allMatch(Character::isLetterOrDigit)) {
            return null;
        }
        return name;
    }
}
