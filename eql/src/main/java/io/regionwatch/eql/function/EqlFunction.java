package io.regionwatch.eql.function;

import io.regionwatch.core.match.ValueExpr;
import java.util.List;

/** One EQL function: its signature, and how to compile a call into a {@link ValueExpr}. */
public interface EqlFunction {
    /** The documented spelling, such as {@code startsWith}. */
    String name();

    /** Types of the positional arguments; the last repeats when {@link #variadic()}. */
    List<ArgType> parameters();

    /** How many leading parameters are required. */
    int required();

    default boolean variadic() {
        return false;
    }

    /** Whether the result is a boolean, so the call can stand as a condition. */
    default boolean returnsBoolean() {
        return false;
    }

    /** Whether {@code name~(...)} is allowed. */
    default boolean hasInsensitiveForm() {
        return false;
    }

    /**
     * Compiles a call whose arity and constant types were already checked.
     *
     * @throws IllegalArgumentException with a user-facing message when a constant argument is invalid
     */
    ValueExpr compile(List<Arg> args, boolean insensitive);
}
