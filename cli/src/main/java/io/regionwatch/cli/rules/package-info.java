/**
 * {@code regionwatch rules export} and {@code rules convert}: a bundled or user rule as Sigma, and a
 * Sigma file or regionwatch rule as a Splunk, Sentinel KQL, ES|QL, EQL or Lucene query.
 */
package io.regionwatch.cli.rules;
