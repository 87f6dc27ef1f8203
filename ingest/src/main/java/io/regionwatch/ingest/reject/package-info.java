/**
 * Reject reasons: the exception a normalizer throws for one bad record, which the facade turns into
 * a {@link io.regionwatch.ingest.Reject} and counts, so one bad record never stops a scan.
 */
package io.regionwatch.ingest.reject;
