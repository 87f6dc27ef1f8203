/** Diagnostics with source positions, shared by every loader of user-written text (EQL, TOML, Sigma, config). */
package io.regionwatch.core.diag;
