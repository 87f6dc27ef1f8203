package io.regionwatch.sigma.convert;

import io.regionwatch.core.match.Range;
import io.regionwatch.sigma.modifier.SigmaValue;
import java.util.Locale;

/** Comparison symbols and value descriptions the backends share. */
final class Compare {
    private Compare() {
    }

    static String symbol(Range.Op op) {
        return switch (op) {
            case LT -> "<";
            case LE -> "<=";
            case GT -> ">";
            case GE -> ">=";
        };
    }

    /** A short name for a value kind, for "not supported" messages. */
    static String describe(SigmaValue v) {
        String kind = v.getClass().getSimpleName().replace("Sigma", "").toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "regex" -> "the re modifier";
            case "fieldref" -> "the fieldref modifier";
            case "datepart" -> "a date-part modifier";
            default -> "a " + kind + " value";
        };
    }
}
