/**
 * Compiles Sigma rules to the core matcher IR: modifiers are applied, fields mapped, values turned
 * into term sets, prefix/suffix/substring tests, wildcards and RE2 regexes once at load time, and
 * the condition into AllOf/AnyOf/Not trees. Matchers the core IR lacks (keyword search, field
 * references, numeric and date-part comparisons) live here.
 */
package io.regionwatch.sigma.compile;
