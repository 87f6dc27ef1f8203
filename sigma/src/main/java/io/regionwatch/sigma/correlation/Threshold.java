package io.regionwatch.sigma.correlation;

import java.util.Map;

/**
 * A correlation condition: every {@code gt|gte|lt|lte|eq|neq: N} entry must hold (several entries
 * express a range). {@link #hasUpperBound()} tells whether a growing window can stop satisfying it.
 */
public record Threshold(Map<String, Number> bounds) {
    public Threshold {
        bounds = Map.copyOf(bounds);
    }

    public boolean test(double value) {
        for (Map.Entry<String, Number> b : bounds.entrySet()) {
            double n = b.getValue().doubleValue();
            boolean ok = switch (b.getKey()) {
                case "gt" -> value > n;
                case "gte" -> value >= n;
                case "lt" -> value < n;
                case "lte" -> value <= n;
                case "eq" -> value == n;
                default -> value != n;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** True when a bigger aggregate could fail the condition, so it is only decided when the window closes. */
    public boolean hasUpperBound() {
        return bounds.keySet().stream().anyMatch(k -> !k.equals("gt") && !k.equals("gte"));
    }
}
