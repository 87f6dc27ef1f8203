/**
 * Runs compiled queries over ordered events: single-event filters, sequences with bounded
 * per-key state (one pending partial per key and stage, as Elasticsearch keeps), samples, and the
 * head/tail pipes.
 */
package io.regionwatch.eql.exec;
