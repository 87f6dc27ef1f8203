package io.regionwatch.ingest;

/** A short text of a rejected value, enough to find it in the input. */
final class Excerpts {
    private static final int MAX = 200;

    private Excerpts() {
    }

    static String of(Object tree) {
        String s = String.valueOf(tree);
        return s.length() <= MAX ? s : s.substring(0, MAX) + "…";
    }
}
