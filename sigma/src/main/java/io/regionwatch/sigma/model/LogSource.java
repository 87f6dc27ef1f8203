package io.regionwatch.sigma.model;

import io.regionwatch.core.diag.SourceSpan;

/** The {@code logsource} block; any of category, product and service may be null. */
public record LogSource(String category, String product, String service, String definition, SourceSpan span) {
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        append(out, "category", category);
        append(out, "product", product);
        append(out, "service", service);
        return out.length() == 0 ? "(empty)" : out.toString();
    }

    private static void append(StringBuilder out, String key, String value) {
        if (value != null) {
            out.append(out.length() == 0 ? "" : ", ").append(key).append('=').append(value);
        }
    }
}
