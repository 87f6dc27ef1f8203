/**
 * Readers: turn bytes into JSON records with their origin. Gzip is detected by magic bytes, JSON
 * shape by content (NDJSON, top-level arrays, single objects, {@code Records}/{@code records}/
 * {@code value}/{@code Events}/{@code logEvents}/{@code entries} containers), all with the
 * streaming parser and explicit limits. Readers know nothing of clouds: routing is normalize's job.
 */
package io.regionwatch.ingest.read;
