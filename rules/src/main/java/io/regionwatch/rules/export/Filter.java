package io.regionwatch.rules.export;

import java.util.List;

/**
 * A boolean filter over ECS fields: the common ground of EQL and KQL queries on their way to Sigma.
 * String values are written in Sigma's string syntax ({@code *} and {@code ?} wildcards, {@code \}
 * escapes), so a value keeps exactly what the source query meant by it.
 */
sealed interface Filter {
    /** Every operand holds. */
    record And(List<Filter> operands) implements Filter {
        public And {
            operands = List.copyOf(operands);
        }
    }

    /** Some operand holds. */
    record Or(List<Filter> operands) implements Filter {
        public Or {
            operands = List.copyOf(operands);
        }
    }

    record Not(Filter operand) implements Filter {
    }

    /** A constant, left behind when a dataset test is decided for one log source. */
    record Const(boolean value) implements Filter {
    }

    /**
     * One field test. {@code values} are Sigma strings, Longs, Doubles or Booleans for {@link Op#MATCH}
     * (ORed), one regex for {@link Op#REGEX}, one number for comparisons, none for null and exists.
     */
    record Leaf(String field, Op op, List<Object> values) implements Filter {
        public Leaf {
            values = List.copyOf(values);
        }

        Leaf withField(String name) {
            return new Leaf(name, op, values);
        }
    }

    /** The field tests Sigma can express. */
    enum Op { MATCH, NULL, EXISTS, REGEX, LT, LTE, GT, GTE, EXPAND }

    /** Literal text as a Sigma string: the wildcard characters and the escape character escaped. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '*' || c == '?' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
