/**
 * JMH benchmarks of the hot path's stages: reading and normalizing CloudTrail, matching rules, and the
 * EQL sequence engine. Run with {@code bench/run --jmh} (never in the unit test phase).
 */
package io.regionwatch.bench.jmh;
