/** Masks secrets (keys, tokens, access key ids) in events before rules, alerts and normalized output see them. */
package io.regionwatch.cli.redact;
