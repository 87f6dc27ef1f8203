/**
 * Loads rules written in Elastic's detection-rules TOML: validates every field, reports every problem
 * with {@code path:line:col}, and compiles each query with the language compiler it names.
 */
package io.regionwatch.rules.load;
