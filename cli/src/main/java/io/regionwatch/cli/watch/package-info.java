/**
 * {@code regionwatch watch}: continuous detection over folders a sync job fills. Files are polled,
 * read in arrival order (growing JSON-lines files chunk by chunk), and the same rules as
 * {@code scan} run behind an event-time gate. Checkpoints (files, offsets, the read log, emitted
 * alert ids, the alert file's length) commit in one SQLite transaction with the rule baselines, so
 * a restart after {@code kill -9} replays the read log to rebuild in-memory rule state and neither
 * skips a record nor writes an alert twice.
 */
package io.regionwatch.cli.watch;
