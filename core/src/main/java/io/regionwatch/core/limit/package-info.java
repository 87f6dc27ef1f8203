/**
 * Bounds on the state rules keep (sequence keys, correlation groups, threshold groups, new_terms
 * baselines), their configured values, and the counter sink detections report to when a bound
 * forces them to drop state, so a run can say what a bound cost instead of losing it silently.
 */
package io.regionwatch.core.limit;
