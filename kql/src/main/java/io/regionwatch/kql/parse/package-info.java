/**
 * The hand-written recursive-descent KQL parser: one method per rule of Kibana's grammar, with
 * panic-mode recovery at {@code and}/{@code or} so one run reports every error.
 */
package io.regionwatch.kql.parse;
