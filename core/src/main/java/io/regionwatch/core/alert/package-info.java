/** Alerts as Elastic Security writes them, and the sinks they are written to. */
package io.regionwatch.core.alert;
