/**
 * The HTML report analysts open in a browser: a world map of cloud regions (approved, active,
 * alerting), a timeline, per-principal and per-account breakdowns, and every alert with its evidence
 * and first investigation steps. One self-contained file: inline CSS, JS and SVG, no network.
 */
package io.regionwatch.cli.report;
