package io.regionwatch.eql.function;

import io.regionwatch.eql.ast.Expr.ArithOp;

/**
 * Number arithmetic shared by the operators and add/subtract/multiply/divide/modulo: long with long
 * stays long (division truncates, remainder is Java's), anything with a double is double, and a
 * null or non-number operand, or an integer division by zero, gives null.
 */
public final class Arithmetic {
    private Arithmetic() {
    }

    public static Object apply(ArithOp op, Object left, Object right) {
        if (!(left instanceof Number a) || !(right instanceof Number b)) {
            return null;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return longs(op, x, y);
        }
        double x = a.doubleValue();
        double y = b.doubleValue();
        return switch (op) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case DIV -> y == 0 ? null : x / y;
            case MOD -> y == 0 ? null : x % y;
        };
    }

    private static Object longs(ArithOp op, long x, long y) {
        return switch (op) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case DIV -> y == 0 ? null : (Object) (x / y);
            case MOD -> y == 0 ? null : (Object) (x % y);
        };
    }
}
