package io.regionwatch.eql.ast;

import java.util.List;

/** A whole EQL text: the query and its pipes. */
public record Statement(Query query, List<Pipe> pipes) {
}
