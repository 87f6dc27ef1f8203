/**
 * Safe YAML loading: snakeyaml-engine's node API only (no object construction, so no arbitrary
 * types), bounded aliases and document size, duplicate keys rejected, and every problem reported
 * with {@code path:line:col}, all problems of a file at once.
 */
package io.regionwatch.sigma.load;
