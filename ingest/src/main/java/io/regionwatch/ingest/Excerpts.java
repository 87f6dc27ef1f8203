package io.regionwatch.ingest;

import tools.jackson.databind.json.JsonMapper;

/** A short text of a rejected value, enough to find it in the input. */
final class Excerpts {
    private static final int MAX = 200;
    /** Immutable once built, so one shared instance is safe. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Excerpts() {
    }

    static String of(Object tree) {
        String s;
        try {
            s = tree instanceof String text ? text : JSON.writeValueAsString(tree);
        } catch (RuntimeException e) {
            s = String.valueOf(tree);
        }
        return s.length() <= MAX ? s : s.substring(0, MAX) + "…";
    }
}
