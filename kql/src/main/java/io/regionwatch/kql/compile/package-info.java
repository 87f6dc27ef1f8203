/**
 * Compiles the KQL tree to the core matcher IR, once per rule: value lists become hash sets,
 * wildcards become segment matchers, date bounds are parsed. The few matchers the core IR lacks
 * (field-name patterns, any-field values, nested objects, KQL's star-only wildcard, date ranges)
 * live here.
 */
package io.regionwatch.kql.compile;
