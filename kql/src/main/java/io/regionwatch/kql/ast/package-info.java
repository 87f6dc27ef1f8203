/**
 * The KQL syntax tree: sealed interfaces of records, each node with its source span. {@link
 * io.regionwatch.kql.ast.Query} nodes are boolean queries over documents; {@link
 * io.regionwatch.kql.ast.ValueList} nodes are the value side of {@code field:(a or b)}.
 */
package io.regionwatch.kql.ast;
