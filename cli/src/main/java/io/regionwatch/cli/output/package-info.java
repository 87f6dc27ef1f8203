/** Writers for what a run produces: alerts, normalized events and rejects as NDJSON, and the run summary. */
package io.regionwatch.cli.output;
