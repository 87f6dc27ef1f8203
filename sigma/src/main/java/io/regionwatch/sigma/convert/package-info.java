/**
 * Converts Sigma detection rules to other query languages, each target one {@link
 * io.regionwatch.sigma.convert.Backend}: Splunk SPL ({@link io.regionwatch.sigma.convert.SplunkBackend}),
 * Microsoft Sentinel KQL ({@link io.regionwatch.sigma.convert.SentinelKqlBackend}), Elasticsearch
 * ES|QL ({@link io.regionwatch.sigma.convert.EsqlBackend}) and Lucene
 * ({@link io.regionwatch.sigma.convert.LuceneBackend}) through the shared
 * {@link io.regionwatch.sigma.convert.QueryConverter}, and Elastic EQL through
 * {@link io.regionwatch.sigma.convert.EqlConverter}. Every backend keeps Sigma's case-insensitive
 * matching in its own way; target field names are YAML data next to the pipelines.
 */
package io.regionwatch.sigma.convert;
