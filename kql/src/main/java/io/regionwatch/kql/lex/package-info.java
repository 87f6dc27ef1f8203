/**
 * KQL tokens. Whitespace is significant in KQL (an unquoted value may contain spaces, and
 * {@code or}/{@code and}/{@code not} are keywords only when whitespace surrounds them), so the
 * lexer decides keywords and joins multi-word values exactly as Kibana's {@code grammar.peggy} does.
 */
package io.regionwatch.kql.lex;
