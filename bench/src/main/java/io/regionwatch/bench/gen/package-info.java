/**
 * The workload generator: CloudTrail S3 objects (gzipped, in the bucket's own layout) or NDJSON, Azure
 * Log Analytics exports, of any size, with a fixed set of planted attacks whose alerts are listed in a
 * manifest so every benchmark run also proves the scan still finds exactly them.
 */
package io.regionwatch.bench.gen;
