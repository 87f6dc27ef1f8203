/**
 * The EQL functions, one small class each, registered by case-insensitive name in
 * {@link io.regionwatch.eql.function.Functions}. Every function returns null when a required
 * argument is null; {@code ~} forms fold case.
 */
package io.regionwatch.eql.function;
