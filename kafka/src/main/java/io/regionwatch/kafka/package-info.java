/**
 * The detection engine as a Kafka Streams topology: raw records (one record or one S3 object per
 * message) are normalized, rejects go to a dead-letter topic, events are repartitioned by
 * {@code cloud.account.id} so that one account's events meet in one task, and each task runs the
 * same {@link io.regionwatch.core.engine.ContinuousEngine} as watch mode. A task's state is its
 * event journal, its new_terms baseline and the ids of the alerts it wrote, all in changelogged
 * state stores committed with its output under {@code exactly_once_v2}; in-memory rule state is
 * rebuilt by replaying the journal when a task starts or its rules change.
 */
package io.regionwatch.kafka;
