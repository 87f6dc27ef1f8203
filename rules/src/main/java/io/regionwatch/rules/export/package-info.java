/**
 * Exports regionwatch's TOML rules (EQL and KQL queries over ECS fields) as Sigma rules over the
 * clouds' raw field names: the query becomes a small boolean {@link io.regionwatch.rules.export.Filter},
 * is split into one Sigma document per log source, and its ECS fields are renamed back with the
 * sigma module's field-mapping pipelines read in reverse.
 */
package io.regionwatch.rules.export;
