/**
 * Correlation rules as stateful detections: events matched by the referenced rules are grouped by
 * the {@code group-by} values and counted, distinct-counted, summed or ordered within the timespan,
 * with bounded state per group and overall.
 */
package io.regionwatch.sigma.correlation;
