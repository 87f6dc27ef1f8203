/** The EQL syntax tree: sealed interfaces and records, each node with the source span it came from. */
package io.regionwatch.eql.ast;
