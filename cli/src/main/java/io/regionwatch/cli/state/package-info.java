/** The embedded state database (SQLite) that keeps rule baselines between runs. */
package io.regionwatch.cli.state;
