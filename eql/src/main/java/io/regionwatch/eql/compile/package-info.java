/**
 * Compiles the checked syntax tree into the core matcher IR: field predicates become two-valued
 * {@link io.regionwatch.core.match.Matcher}s, everything else a three-valued script. Patterns,
 * regular expressions, case folding and literal sets are all prepared here, once.
 */
package io.regionwatch.eql.compile;
