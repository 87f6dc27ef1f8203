/**
 * Checks a parsed statement before compilation: functions exist and are called with the right
 * arity and constant types, fields are not compared with fields, sequence and sample shapes are
 * valid. Every problem becomes a diagnostic; nothing is thrown until all have been collected.
 */
package io.regionwatch.eql.analyze;
