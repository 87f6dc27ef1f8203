/**
 * {@code regionwatch kafka}: run the detection topology (module {@code kafka}) as one instance of a
 * Kafka Streams application, with the rules and configuration the other commands use, reloaded
 * when their files change.
 */
package io.regionwatch.cli.kafka;
