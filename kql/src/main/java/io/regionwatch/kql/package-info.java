/**
 * Kibana Query Language ("kuery") for Elastic {@code query}, {@code threshold} and {@code new_terms}
 * rules: {@link io.regionwatch.kql.Kql#parse} gives a {@link io.regionwatch.kql.KqlQuery}, which
 * compiles with {@link io.regionwatch.kql.KqlOptions} to the core matcher IR.
 */
package io.regionwatch.kql;
