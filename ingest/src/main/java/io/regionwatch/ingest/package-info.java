/**
 * The ingest facade: {@link io.regionwatch.ingest.Ingestor} reads files, directories or stdin,
 * detects each input's format by content, normalizes every record to ECS and reports each one as an
 * event, a reject or a skip, with {@link io.regionwatch.ingest.ReadStats} accounting that adds up.
 */
package io.regionwatch.ingest;
