/**
 * The condition language: a hand-written lexer and recursive-descent parser (one method per
 * grammar rule) for {@code and}, {@code or}, {@code not}, parentheses and {@code 1 of} /
 * {@code all of} over identifiers, patterns and {@code them}, with precedence not &gt; and &gt; or.
 */
package io.regionwatch.sigma.condition;
