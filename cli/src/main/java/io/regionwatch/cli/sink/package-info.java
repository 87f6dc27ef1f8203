/**
 * Where alerts leave regionwatch for the places analysts work: CSV and terminal tables, OCSF
 * Detection Findings, Elasticsearch/OpenSearch {@code _bulk}, and chat webhooks. Every sink is an
 * {@link io.regionwatch.core.alert.AlertSink}; network sinks retry with back-off and never lose an
 * alert silently.
 */
package io.regionwatch.cli.sink;
