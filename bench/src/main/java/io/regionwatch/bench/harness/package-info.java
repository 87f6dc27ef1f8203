/**
 * The end-to-end harness's helpers, run by {@code bench/run}: the decompression-only baseline the scan
 * is compared with, and the check that a scan's alerts are exactly the planted ones.
 */
package io.regionwatch.bench.harness;
