package io.regionwatch.core.match;

/**
 * A scripted value expression evaluated with three-valued logic: null means unknown. Field values
 * are bound by {@link ScriptMatcher} into {@code fields} (one scalar per slot) before evaluation,
 * which keeps expressions pure and lets multi-valued fields be tried element by element.
 */
@FunctionalInterface
public interface ValueExpr {
    Object eval(Object[] fields);
}
