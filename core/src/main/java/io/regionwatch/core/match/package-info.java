/**
 * The compiled matcher IR every rule language compiles to. Two paths with different null rules,
 * as in Elasticsearch: {@link io.regionwatch.core.match.Matcher} trees over field predicates are
 * two-valued like Lucene queries (a missing field fails a positive test and passes a negated one;
 * a multi-valued field passes when any element does), while {@link io.regionwatch.core.match.ValueExpr}
 * scripts use three-valued logic where null means no match.
 */
package io.regionwatch.core.match;
