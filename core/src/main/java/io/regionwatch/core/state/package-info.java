/**
 * State that stateful rules keep between events and between runs (first-seen baselines today),
 * behind one interface so the CLI can use an embedded database and Kafka Streams its state stores.
 */
package io.regionwatch.core.state;
