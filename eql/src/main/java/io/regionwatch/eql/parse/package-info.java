/**
 * Hand-written recursive-descent parser, one method per grammar rule. Syntax errors are collected
 * with panic-mode recovery at stage and pipe boundaries, so one parse reports several errors.
 */
package io.regionwatch.eql.parse;
