/**
 * What a run shows and writes besides alerts: NDJSON for alerts, normalized events and rejects, the
 * text and JSON run summaries, the progress bar, and the terminal checks (TTY, colour, control
 * characters) they rely on.
 */
package io.regionwatch.cli.output;
