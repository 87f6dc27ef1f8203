/**
 * Elastic EQL for regionwatch: {@link io.regionwatch.eql.Eql#parse} turns query text into an
 * {@link io.regionwatch.eql.EqlQuery}, which compiles with {@link io.regionwatch.eql.EqlOptions}
 * into a streaming {@link io.regionwatch.eql.CompiledEql} detection.
 */
package io.regionwatch.eql;
