package io.regionwatch.sigma.modifier;

import io.regionwatch.core.match.Range;

/** A typed Sigma value after modifiers: what one entry of a value list means. */
public sealed interface SigmaValue permits SigmaString, SigmaValue.SigmaNumber, SigmaValue.SigmaBoolean,
        SigmaValue.SigmaNull, SigmaValue.SigmaRegex, SigmaValue.SigmaCidr, SigmaValue.SigmaCompare,
        SigmaValue.SigmaExists, SigmaValue.SigmaFieldRef, SigmaValue.SigmaDatePart {
    /** A plain number: equal to a numeric field, or to its text form in a string field. */
    record SigmaNumber(Number value) implements SigmaValue {
    }

    /** A YAML boolean. */
    record SigmaBoolean(boolean value) implements SigmaValue {
    }

    /** YAML null: the field is missing (or null, which the event model stores as missing). */
    record SigmaNull() implements SigmaValue {
    }

    /** {@code re}: an RE2 pattern; flags are RE2J's {@code CASE_INSENSITIVE | MULTILINE | DOTALL}. */
    record SigmaRegex(String pattern, int flags) implements SigmaValue {
    }

    /** {@code cidr}: one IPv4 or IPv6 block. */
    record SigmaCidr(String block) implements SigmaValue {
    }

    /** {@code lt}/{@code lte}/{@code gt}/{@code gte}: a numeric comparison, read as {@code field op bound}. */
    record SigmaCompare(Range.Op op, Number bound) implements SigmaValue {
    }

    /** {@code exists}: the field is present (true) or absent (false). */
    record SigmaExists(boolean present) implements SigmaValue {
    }

    /** {@code fieldref}: equal to (or containing, starting or ending with) another field's value. */
    record SigmaFieldRef(String field, Match match) implements SigmaValue {
        /** How the two values are compared. */
        public enum Match { EQUALS, CONTAINS, STARTSWITH, ENDSWITH }
    }

    /** A date-part modifier: the part of a date field, compared with a number or a comparison. */
    record SigmaDatePart(DatePart part, SigmaValue test) implements SigmaValue {
    }

    /** The parts the v2.1 time modifiers extract. */
    enum DatePart {
        MINUTE(0, 59), HOUR(0, 23), DAY(1, 31), WEEK(1, 53), MONTH(1, 12), YEAR(1, 9999);

        private final int min;
        private final int max;

        DatePart(int min, int max) {
            this.min = min;
            this.max = max;
        }

        public boolean accepts(long value) {
            return value >= min && value <= max;
        }

        public String range() {
            return min + ".." + max;
        }
    }
}
